import type { NominationRoute } from '../rules/profile.js';
import { fail, pass, type RuleResult } from '../workflow/rules.js';
import type { ElectionContext } from './election.types.js';

/** Whether a nomination may be taken now: the election is nominating, the post exists, the route is open. */
export function nominationAllowed(state: string, c: ElectionContext, post: string, route: NominationRoute): RuleResult {
  if (state !== 'active.nomination') {
    return fail('nomination-closed', `Nominations are taken while the election is nominating; it is ${state.replace('active.', '')}`, {
      values: { state },
    });
  }
  if (!c.posts.some((p) => p.post === post)) {
    return fail('unknown-post', `This election has no post ${post}; its posts are ${c.posts.map((p) => p.post).join(', ')}`);
  }
  const routes = c.profile.candidates.routes;
  if (!routes.value.includes(route)) {
    return fail('route', `${route} nomination is not a route under these rules (${routes.value.join(', ')})`, {
      citation: routes.citation,
    });
  }
  if (route === 'SELF' && c.nomination.selfClosed) {
    return fail(
      'self-nomination-closed',
      `Self-nomination closed ${c.profile.schedule.selfNominationClosesDaysBefore.value} days before election day`,
      {
        citation: c.profile.schedule.selfNominationClosesDaysBefore.citation,
      },
    );
  }
  if (route === 'MASS' && c.nomination.massClosed) {
    return fail('mass-nomination-closed', `海推 closed ${c.profile.schedule.massNominationByDaysBefore.value} days before election day`, {
      citation: c.profile.schedule.massNominationByDaysBefore.citation,
    });
  }
  return pass();
}
