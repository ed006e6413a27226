namespace DossierGen.Review;

/// <summary>What every step of one redline shares: the revision numbering, the causes, the comments and the list mapping.</summary>
internal sealed record RevisionContext(RevisionMarks Marks, IReadOnlyList<Cause> Causes, CommentBook Comments, NumberingMap Numbering);
