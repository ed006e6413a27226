namespace DossierGen.Review;

/// <summary>What every step of one redline shares: the revision numbering, the causes, the comments, the list mapping and the alignment budget.</summary>
internal sealed record RevisionContext(RevisionMarks Marks, CauseIndex Causes, CommentBook Comments, NumberingMap Numbering, AlignmentBudget Budget);
