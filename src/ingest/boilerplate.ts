/**
 * Drops promo and boilerplate lines ("ALSO READ: …", "Advertisement", "© 2023 …") by the
 * whole-line patterns of src/lexicons/boilerplate.ts, one `boilerplate-removed` note per line.
 */
import { BOILERPLATE_LINES, type LinePattern } from '../lexicons/boilerplate.ts';
import type { Diagnostic } from '../schema/index.ts';
import { info, type DraftBlock } from './draft.ts';

/** The pattern a whole line matches, or null. */
export function matchBoilerplate(line: string, patterns: readonly LinePattern[] = BOILERPLATE_LINES): LinePattern | null {
  const trimmed = line.trim();
  if (trimmed === '') return null;
  return patterns.find((p) => p.pattern.test(trimmed)) ?? null;
}

/** Blocks without their boilerplate lines; blocks left empty are dropped. Titles are never touched. */
export function removeBoilerplate(blocks: readonly DraftBlock[]): { blocks: DraftBlock[]; diagnostics: Diagnostic[] } {
  const kept: DraftBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const block of blocks) {
    if (block.kind === 'title') {
      kept.push(block);
      continue;
    }
    const lines = block.text.split('\n').filter((line) => !isRemoved(line, diagnostics));
    if (lines.length > 0) kept.push({ ...block, text: lines.join('\n') });
  }
  return { blocks: kept, diagnostics };
}

function isRemoved(line: string, diagnostics: Diagnostic[]): boolean {
  const hit = matchBoilerplate(line);
  if (hit) diagnostics.push(info('boilerplate-removed', `${hit.id}: "${excerpt(line)}"`));
  return hit !== null;
}

export function excerpt(line: string, max = 80): string {
  const t = line.trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}
