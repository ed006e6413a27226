using DossierGen.Diagnostics;
using DossierGen.Templates.Engine;
using Scriban.Syntax;

namespace DossierGen.Templates.Lint;

/// <summary>
/// Checks every name a template uses against the typed model before anything renders, by walking
/// Scriban's syntax tree: variables, members (<c>change.sumary</c> is a fault wherever it stands,
/// in a branch no example takes included), loops over lists only, the functions and the number of
/// arguments they take, and partials (each linted where it is included, with the variables in scope
/// there). Loop variables, the <c>for</c> object and variables the template assigns are in scope
/// where Scriban has them; local variables (<c>$name</c>) and the results of user functions are
/// not known and not checked further.
/// </summary>
internal sealed class TemplateLinter : ScriptVisitor
{
    private readonly Type _root;
    private readonly PartialTemplates _partials;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Dictionary<string, Type>> _scopes;
    private readonly List<string> _including = [];

    private TemplateLinter(Type root, PartialTemplates partials, DiagnosticBag diagnostics)
    {
        _root = root;
        _partials = partials;
        _diagnostics = diagnostics;
        _scopes = [new Dictionary<string, Type>(ModelShape.Members(root), StringComparer.Ordinal)];
    }

    /// <param name="model">The model type the template renders with (<see cref="Model.SectionModel"/> or <see cref="Model.AssessmentModel"/>).</param>
    public static void Lint(ScriptPage? page, Type model, PartialTemplates partials, DiagnosticBag diagnostics)
    {
        page?.Accept(new TemplateLinter(model, partials, diagnostics));
    }

    public override void Visit(ScriptVariableGlobal node) => TypeOf(node);

    public override void Visit(ScriptVariableLocal node)
    {
        // Local variables ($name, $0 in a function) are the template's own, not the model's.
    }

    public override void Visit(ScriptMemberExpression node) => TypeOf(node);

    public override void Visit(ScriptIsEmptyExpression node) => TypeOf(node);

    public override void Visit(ScriptNamedArgument node) => TypeOf(node?.Value);

    public override void Visit(ScriptObjectMember node) => TypeOf(node?.Value);

    public override void Visit(ScriptFunctionCall node) => Call(node, piped: null);

    public override void Visit(ScriptPipeCall node)
    {
        ArgumentNullException.ThrowIfNull(node);
        TypeOf(node.From);
        if (node.To is ScriptFunctionCall call)
        {
            Call(call, piped: node.From);
        }
        else if (node.To is ScriptVariableGlobal function && IsTemplateFunction(function.Name, out var arity))
        {
            CheckArity(function, arity, 1);
        }
        else
        {
            TypeOf(node.To);
        }
    }

    public override void Visit(ScriptForStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var items = TypeOf(node.Iterator);
        foreach (var argument in node.NamedArguments ?? [])
        {
            TypeOf(argument.Value);
        }

        var item = items is null || ModelShape.IsUnknown(items) ? typeof(object) : ModelShape.ElementOf(items);
        if (item is null)
        {
            Report(DiagnosticCodes.TemplateWrongUse, node.Iterator ?? (ScriptNode)node, $"for loops over a list, but '{node.Iterator}' is {ModelShape.Describe(items!)}");
            item = typeof(object);
        }

        var scope = new Dictionary<string, Type>(StringComparer.Ordinal) { ["for"] = typeof(LoopVariables) };
        if (node.Variable is ScriptVariable variable)
        {
            scope[variable.Name] = item;
        }

        _scopes.Add(scope);
        node.Body?.Accept(this);
        _scopes.RemoveAt(_scopes.Count - 1);
        node.Else?.Accept(this);
    }

    public override void Visit(ScriptAssignExpression node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var value = TypeOf(node.Value) ?? typeof(object);
        Define(node.Target, value);
    }

    public override void Visit(ScriptCaptureStatement node)
    {
        ArgumentNullException.ThrowIfNull(node);
        Define(node.Target, typeof(string));
        node.Body?.Accept(this);
    }

    public override void Visit(ScriptFunction node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.NameOrDoToken is ScriptVariableGlobal function)
        {
            _scopes[0][function.Name] = typeof(object);
        }

        var parameters = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var parameter in node.Parameters ?? [])
        {
            if (parameter.Name is { } name)
            {
                parameters[name.Name] = typeof(object);
            }
        }

        _scopes.Add(parameters);
        node.Body?.Accept(this);
        _scopes.RemoveAt(_scopes.Count - 1);
    }

    /// <summary>The type of what an expression gives, reporting what it uses that the model lacks; null when it was reported (so nothing cascades).</summary>
    private Type? TypeOf(ScriptExpression? expression)
    {
        switch (expression)
        {
            case null:
            case ScriptVariableLocal:
                return typeof(object);
            case ScriptVariableGlobal global:
                return Variable(global);
            case ScriptIsEmptyExpression empty:
                TypeOf(empty.Target);
                return typeof(bool);
            case ScriptMemberExpression member:
                return Member(member);
            case ScriptNestedExpression nested:
                return TypeOf(nested.Expression);
            case ScriptThisExpression:
                return _root;
            case ScriptLiteral literal:
                return literal.Value?.GetType() ?? typeof(object);
            case ScriptIndexerExpression indexer:
                var target = TypeOf(indexer.Target);
                TypeOf(indexer.Index);
                return target is null ? null : ModelShape.ElementOf(target) ?? typeof(object);
            case ScriptFunctionCall call:
                return Call(call, piped: null);
            default:
                expression.Accept(this);
                return typeof(object);
        }
    }

    private Type? Variable(ScriptVariableGlobal variable)
    {
        if (Lookup(variable.Name) is { } type)
        {
            return type;
        }

        if (IsTemplateFunction(variable.Name, out var arity))
        {
            // A function named without arguments is called with none.
            CheckArity(variable, arity, 0);
            return typeof(string);
        }

        var visible = _scopes.SelectMany(s => s.Keys).Concat(TemplateFunctions.Arity.Keys).Distinct(StringComparer.Ordinal);
        Report(DiagnosticCodes.TemplateUnknownVariable, variable, $"the template uses '{variable.Name}', which the dossier model does not have{NearMiss.Hint(variable.Name, visible)}");
        return null;
    }

    private Type? Member(ScriptMemberExpression member)
    {
        var target = TypeOf(member.Target);
        if (target is null || ModelShape.IsUnknown(target))
        {
            return target;
        }

        var name = member.Member?.Name ?? "";
        var members = ModelShape.Members(target);
        if (members.TryGetValue(name, out var type))
        {
            return type;
        }

        Report(DiagnosticCodes.TemplateUnknownVariable, (ScriptNode?)member.Member ?? member, members.Count == 0
            ? $"the template uses '{member}', but '{member.Target}' is {ModelShape.Describe(target)}, which has no member '{name}'"
            : $"the template uses '{member}', which the dossier model does not have: {target.Name} has no member '{name}'{NearMiss.Hint(name, members.Keys)}");
        return null;
    }

    /// <summary>Checks a call: a template function's arguments (and an include's partial), else the callee and arguments as expressions.</summary>
    private Type? Call(ScriptFunctionCall call, ScriptExpression? piped)
    {
        if (call.Target is ScriptVariableGlobal function && IsTemplateFunction(function.Name, out var arity))
        {
            var given = call.Arguments.Count + (piped is null ? 0 : 1);
            if (!CheckArity(function, arity, given))
            {
                return null;
            }

            if (function.Name == TemplateFunctions.Include)
            {
                Include(piped ?? call.Arguments[0]);
                return typeof(string);
            }

            foreach (var argument in call.Arguments)
            {
                TypeOf(argument);
            }

            return typeof(string);
        }

        TypeOf(call.Target);
        foreach (var argument in call.Arguments)
        {
            TypeOf(argument);
        }

        return typeof(object);
    }

    private void Include(ScriptExpression name)
    {
        if (name is not ScriptLiteral { Value: string partial })
        {
            Report(DiagnosticCodes.TemplateMissingPartial, name, "include takes the partial's name in quotes, such as include 'findings', so it can be checked before rendering");
            return;
        }

        if (!_partials.ByName.TryGetValue(partial, out var template))
        {
            Report(DiagnosticCodes.TemplateMissingPartial, name, $"the template includes partial '{partial}', which does not exist (looked for '{_partials.PathOf(partial)}'){NearMiss.Hint(partial, _partials.ByName.Keys)}");
            return;
        }

        if (template is null)
        {
            return; // It does not parse, which is reported where it is.
        }

        if (_including.Contains(partial, StringComparer.Ordinal))
        {
            Report(DiagnosticCodes.TemplatePartialCycle, name, $"partial '{partial}' includes itself: {string.Join(" -> ", _including.Append(partial))}");
            return;
        }

        _including.Add(partial);
        template.Page?.Accept(this);
        _including.RemoveAt(_including.Count - 1);
    }

    private bool CheckArity(ScriptVariableGlobal function, int arity, int given)
    {
        if (arity == given)
        {
            return true;
        }

        Report(DiagnosticCodes.TemplateWrongUse, function, $"{function.Name} takes {arity} argument{(arity == 1 ? "" : "s")}, not {given}");
        return false;
    }

    /// <summary>A name the template has not made its own that names one of DossierGen's functions.</summary>
    private bool IsTemplateFunction(string name, out int arity)
    {
        arity = 0;
        return Lookup(name) is null && TemplateFunctions.Arity.TryGetValue(name, out arity);
    }

    private void Define(ScriptExpression? target, Type type)
    {
        switch (target)
        {
            case ScriptVariableGlobal global:
                // Scriban keeps an assigned variable in the template's globals, past the loop it was set in.
                _scopes[0][global.Name] = type;
                break;
            case ScriptVariableLocal or null:
                break;
            default:
                TypeOf(target);
                break;
        }
    }

    private Type? Lookup(string name)
    {
        for (var i = _scopes.Count - 1; i >= 0; i--)
        {
            if (_scopes[i].TryGetValue(name, out var type))
            {
                return type;
            }
        }

        return null;
    }

    private void Report(string code, ScriptNode node, string message) => _diagnostics.Error(code, TemplateLocation.Of(node.Span), message);
}
