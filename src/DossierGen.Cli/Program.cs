using DossierGen.Cli.Commands;

return DossierGenCommand.Run(args, Console.Out, Console.Error);
