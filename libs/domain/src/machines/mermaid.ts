import type { AnyStateMachine, AnyStateNode } from 'xstate';

/**
 * A Mermaid state diagram drawn from a machine's own definition (public StateNode API), so the
 * documented lifecycle cannot drift from the code. Transitions without a target (recording a fact)
 * and system-only deadline events are left out to keep the picture readable.
 */
export function toMermaid(machine: AnyStateMachine, options: { omitEvents?: readonly string[] } = {}): string {
  const omit = new Set(options.omitEvents ?? []);
  const lines = ['stateDiagram-v2'];
  const name = (node: AnyStateNode): string => (node.type === 'history' ? node.parent!.key : node.key);

  const walk = (node: AnyStateNode, indent: string): void => {
    const children = Object.values(node.states) as AnyStateNode[];
    const initial = node.initial?.target?.[0];
    if (initial) lines.push(`${indent}[*] --> ${name(initial)}`);
    for (const child of children) {
      if (child.type === 'history') continue;
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state ${child.key} {`);
        walk(child, `${indent}  `);
        lines.push(`${indent}}`);
      }
      if (child.type === 'final') lines.push(`${indent}${child.key} --> [*]`);
    }
    for (const child of children) {
      const edges = new Set<string>();
      for (const [event, transitions] of child.transitions) {
        if (omit.has(event) || event.startsWith('xstate.')) continue;
        for (const t of transitions)
          for (const target of t.target ?? []) edges.add(`${indent}${name(child)} --> ${name(target)}: ${event}`);
      }
      for (const t of child.always ?? []) for (const target of t.target ?? []) edges.add(`${indent}${name(child)} --> ${name(target)}`);
      lines.push(...edges);
    }
  };
  walk(machine.root, '  ');
  return lines.join('\n');
}
