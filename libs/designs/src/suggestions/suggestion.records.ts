import { SuggestionObject } from '../dto/suggestion.objects';

import { Suggestion, SuggestionStatus } from './suggestion.entity';

/** A suggestion as the API returns it, given the text its field holds now. */
export function toSuggestionObject(suggestion: Suggestion, currentText: string | null): SuggestionObject {
  return {
    id: suggestion.id,
    targetType: suggestion.targetType,
    targetId: suggestion.targetId,
    field: suggestion.field,
    baseText: suggestion.baseText,
    proposedText: suggestion.proposedText,
    note: suggestion.note,
    status: suggestion.status,
    decisionNote: suggestion.decisionNote,
    decidedAt: suggestion.decidedAt,
    createdAt: suggestion.createdAt,
    currentText,
    outdated: suggestion.status === SuggestionStatus.OPEN && currentText !== suggestion.baseText,
    designId: suggestion.designId,
    authorId: suggestion.authorId,
    decidedById: suggestion.decidedById,
  };
}

/** The `data` of `suggestion.*` log entries. */
export function suggestionRecord(suggestion: Suggestion): Record<string, unknown> {
  return {
    id: suggestion.id,
    targetType: suggestion.targetType,
    targetId: suggestion.targetId,
    field: suggestion.field,
    baseText: suggestion.baseText,
    proposedText: suggestion.proposedText,
    note: suggestion.note,
    status: suggestion.status,
    author: { id: suggestion.authorId },
    decidedBy: suggestion.decidedById ? { id: suggestion.decidedById } : null,
    decisionNote: suggestion.decisionNote,
    createdAt: suggestion.createdAt.toISOString(),
  };
}
