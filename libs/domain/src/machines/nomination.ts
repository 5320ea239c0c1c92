import type { NominationRoute } from '../rules/profile.js';
import { minimumCandidates } from '../rules/profile-rules.js';
import { describeThreshold, meets, minimumToMeet } from '../rules/threshold.js';
import { fail, pass, type RuleResult } from '../workflow/rules.js';
import { openPosts } from './election.rules.js';
import type { ElectionContext } from './election.types.js';

/** What a nomination needs to know beyond the election itself. */
export interface NominationFacts {
  /**
   * Candidacies by self-nomination (自荐) still in the running for this post in this run: nominated,
   * under review, approved or formal, and not already elected.
   */
  selfNominees: number;
  /** For 海推: voters who took part in the mass nomination vote in person. */
  massVoters: number | null;
}

/**
 * 海推 where 自荐 did not produce the candidates (没有选民"自荐"的, seed 002:303), with more than half the
 * voters voting in person. Read per post and as "too few to make the 差额 list", not "none at all".
 */
function massNominationAllowed(c: ElectionContext, post: string, seats: number, facts: NominationFacts): RuleResult {
  const participation = c.profile.schedule.massNominationParticipation;
  if (c.nomination.massClosed) {
    return fail('mass-nomination-closed', `海推 closed ${c.profile.schedule.massNominationByDaysBefore.value} days before election day`, {
      citation: c.profile.schedule.massNominationByDaysBefore.citation,
      values: { days: c.profile.schedule.massNominationByDaysBefore.value },
    });
  }
  // Read per post, and as "not enough": 海推 fills a post whose self-nominees cannot make the 差额 list.
  const enough = minimumCandidates(c.profile, seats);
  if (c.profile.candidates.routes.value.includes('SELF') && facts.selfNominees >= enough) {
    return fail(
      'mass-after-self',
      `${post}: ${facts.selfNominees} voter(s) nominated themselves, enough for ${seats} seat(s); 海推 is only where 自荐 gives too few`,
      { citation: c.profile.candidates.routes.citation, values: { post, selfNominees: facts.selfNominees, enough, seats } },
    );
  }
  const rule = participation.value;
  if (rule === null) return pass();
  const registered = c.roll.registered;
  if (facts.massVoters === null) {
    return fail('mass-participation-missing', 'Give the number of voters who took part in the 海推 vote in person', {
      citation: rule.citation,
    });
  }
  if (registered === null) return fail('roll-unpublished', 'The 海推 is measured against the published roll; publish it first');
  if (facts.massVoters > registered) {
    return fail('mass-participation-inconsistent', `${facts.massVoters} voters took part, but the roll has only ${registered}`, {
      values: { voters: facts.massVoters, registered },
    });
  }
  return meets(facts.massVoters, registered, rule)
    ? pass()
    : fail(
        'mass-participation',
        `海推: ${facts.massVoters} of ${registered} voters took part, ${describeThreshold(rule, registered)} needed`,
        {
          citation: rule.citation,
          values: { voters: facts.massVoters, registered, needed: minimumToMeet(registered, rule) },
        },
      );
}

/** Whether a nomination may be taken now: the election is nominating, the post has open seats, the route is open. */
export function nominationAllowed(
  state: string,
  c: ElectionContext,
  post: string,
  route: NominationRoute,
  facts: NominationFacts,
): RuleResult {
  if (state !== 'active.nomination') {
    return fail('nomination-closed', `Nominations are taken while the election is nominating; it is ${state.replace('active.', '')}`, {
      values: { state },
    });
  }
  if (!c.posts.some((p) => p.post === post)) {
    return fail('unknown-post', `This election has no post ${post}; its posts are ${c.posts.map((p) => p.post).join(', ')}`, {
      values: { post, posts: c.posts.map((p) => p.post).join(',') },
    });
  }
  const open = openPosts(c).find((p) => p.post === post);
  if (!open) {
    return fail('post-filled', `${post} has no vacant seat: only the vacancies are filled now`, {
      values: { post },
    });
  }
  const routes = c.profile.candidates.routes;
  if (!routes.value.includes(route)) {
    return fail('route', `${route} nomination is not a route under these rules (${routes.value.join(', ')})`, {
      citation: routes.citation,
      values: { route, routes: routes.value.join(',') },
    });
  }
  if (route === 'SELF' && c.nomination.selfClosed) {
    return fail(
      'self-nomination-closed',
      `Self-nomination closed ${c.profile.schedule.selfNominationClosesDaysBefore.value} days before election day`,
      {
        citation: c.profile.schedule.selfNominationClosesDaysBefore.citation,
        values: { days: c.profile.schedule.selfNominationClosesDaysBefore.value },
      },
    );
  }
  if (route === 'MASS') return massNominationAllowed(c, post, open.seats, facts);
  return pass();
}
