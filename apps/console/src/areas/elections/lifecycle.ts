import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * A workflow's lifecycle as the console draws it, read from the machine's own definition (its state
 * nodes and transitions, the public StateNode API), so the picture cannot drift from the rules.
 *
 * `main`: the usual path, from the initial state following each state's first forward step (a step
 * whose target is not yet on the path) until a final state; `side`: every other state (deferral,
 * suspension, failure, annulment …), in the order the machine declares them. States are named as the
 * API names them: `active.nomination`, `resultPending`.
 */
export interface Lifecycle {
  main: string[];
  side: string[];
  /** States left at once by automatic steps only (deciding a round): passed through, never recorded as reached. */
  transient: string[];
}

const pathOf = (node: AnyStateNode): string => node.path.join('.');

/** Leaf states (compound states stand for their children; history pseudo-states are not states). */
function leaves(node: AnyStateNode): AnyStateNode[] {
  return (Object.values(node.states) as AnyStateNode[]).flatMap((child) => {
    if (child.type === 'history') return [];
    return Object.keys(child.states).length > 0 ? leaves(child) : [child];
  });
}

/** Where a transition lands: a compound target enters its initial leaf; a history target resumes (no fixed place). */
function landing(target: AnyStateNode): AnyStateNode | null {
  if (target.type === 'history') return null;
  const initial = target.initial?.target?.[0] as AnyStateNode | undefined;
  return Object.keys(target.states).length > 0 && initial ? landing(initial) : target;
}

/** The leaves a state can move to, in the order the machine lists its steps (then its automatic ones). */
function nextStates(node: AnyStateNode): AnyStateNode[] {
  const out: AnyStateNode[] = [];
  for (const [event, transitions] of node.transitions) {
    if (event.startsWith('xstate.')) continue;
    for (const t of transitions) for (const target of t.target ?? []) out.push(target as AnyStateNode);
  }
  for (const t of node.always ?? []) for (const target of t.target ?? []) out.push(target as AnyStateNode);
  return out.map(landing).filter((n): n is AnyStateNode => n !== null);
}

export function lifecycleOf(machine: AnyStateMachine): Lifecycle {
  const all = leaves(machine.root);
  const start = landing(machine.root);
  const main: AnyStateNode[] = [];
  const seen = new Set<string>();
  let current: AnyStateNode | undefined = start ?? undefined;
  while (current && !seen.has(pathOf(current))) {
    main.push(current);
    seen.add(pathOf(current));
    if (current.type === 'final') break;
    current = nextStates(current).find((n) => !seen.has(pathOf(n)));
  }
  const transient = all.filter((n) => (n.always ?? []).length > 0 && [...n.transitions.keys()].every((e) => e.startsWith('xstate.')));
  return { main: main.map(pathOf), side: all.filter((n) => !seen.has(pathOf(n))).map(pathOf), transient: transient.map(pathOf) };
}

/** Where a state stands on the lifecycle: on the main path (its index), a side state, or unknown. */
export function placeOf(lifecycle: Lifecycle, state: string): { main: number; side: boolean } {
  return { main: lifecycle.main.indexOf(state), side: lifecycle.side.includes(state) };
}

/** How a state is drawn: the current one, done (passed through), skipped (its rules left it out), or still to come. */
export type Status = 'done' | 'current' | 'todo' | 'skipped';

/** Where a state of the main path stands for an election now in `state`, having passed through `visited`. */
export function statusOf(index: number, current: number, state: string, visited?: ReadonlySet<string>): Status {
  if (index === current) return 'current';
  if (current < 0) return visited?.has(state) ? 'done' : 'todo';
  if (index > current) return 'todo';
  return !visited || visited.has(state) ? 'done' : 'skipped';
}
