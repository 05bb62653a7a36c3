import { Comment, CommentMention } from './comments/comment.entity';
import { Design } from './designs/design.entity';
import { DesignEvent } from './events/design-event.entity';
import { Outcome, OutcomeSkill } from './outcomes/outcome.entity';
import { DesignInvitation } from './participants/design-invitation.entity';
import { Participant } from './participants/participant.entity';
import { Skill } from './skills/skill.entity';
import { Suggestion } from './suggestions/suggestion.entity';

export const DESIGNS_ENTITIES = [
  Design,
  Participant,
  DesignInvitation,
  Skill,
  Outcome,
  OutcomeSkill,
  Comment,
  CommentMention,
  DesignEvent,
  Suggestion,
];
