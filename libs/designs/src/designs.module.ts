import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { DesignAccessPolicy } from './access/design-access.policy';
import { CommentResolver } from './comments/comment.resolver';
import { CommentService } from './comments/comment.service';
import { DesignContentReader } from './content/design-content.reader';
import { DesignViews } from './design.views';
import { DesignDirectory } from './designs/design-directory.service';
import { DesignReuseResolver } from './designs/design-reuse.resolver';
import { DesignReuseService } from './designs/design-reuse.service';
import { DesignResolver } from './designs/design.resolver';
import { DesignService } from './designs/design.service';
import { DESIGNS_ENTITIES } from './designs.entities';
import { DesignLoaders } from './designs.loaders';
import { DesignEventBus } from './events/design-event-bus';
import { DesignEventLog } from './events/design-event-log';
import { DesignSignals } from './events/design-signals';
import { LiveTextService } from './live-text/live-text.service';
import { OutcomeResolver } from './outcomes/outcome.resolver';
import { OutcomeService } from './outcomes/outcome.service';
import { ParticipantResolver } from './participants/participant.resolver';
import { ParticipantService } from './participants/participant.service';
import { SkillResolver } from './skills/skill.resolver';
import { SkillService } from './skills/skill.service';
import { DesignSuggestionsResolver, SuggestionResolver } from './suggestions/suggestion.resolver';
import { SuggestionService } from './suggestions/suggestion.service';

/** The co-design core: designs, participants, skills, outcomes, alignment, comments, suggestions, event log. */
@Module({
  imports: [TypeOrmModule.forFeature(DESIGNS_ENTITIES)],
  providers: [
    DesignAccessPolicy,
    DesignContentReader,
    DesignDirectory,
    DesignLoaders,
    DesignViews,
    DesignEventBus,
    DesignEventLog,
    DesignSignals,
    DesignService,
    DesignResolver,
    DesignReuseService,
    DesignReuseResolver,
    ParticipantService,
    ParticipantResolver,
    SkillService,
    SkillResolver,
    OutcomeService,
    OutcomeResolver,
    CommentService,
    CommentResolver,
    SuggestionService,
    SuggestionResolver,
    DesignSuggestionsResolver,
    LiveTextService,
  ],
  exports: [
    DesignService,
    DesignAccessPolicy,
    DesignContentReader,
    DesignDirectory,
    DesignEventBus,
    DesignEventLog,
    DesignSignals,
    DesignLoaders,
    LiveTextService,
  ],
})
export class DesignsModule {}
