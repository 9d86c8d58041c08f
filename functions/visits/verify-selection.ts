import { drawOf } from './selection.ts';
import type { Selection } from './selection-model.ts';

/** One thing a recheck found wrong, in both languages. */
export interface VerifyProblem {
  readonly what: string;
  readonly message: { readonly id: string; readonly en: string };
}

/** What a recheck of a published selection found: every draw recomputed, and what disagreed. */
export interface Verification {
  readonly ok: boolean;
  readonly problems: readonly VerifyProblem[];
  /** Each draw as recomputed: its key string and the positions selected. */
  readonly recomputed: readonly { number: number; keyString: string; positions: number[] }[];
}

const problem = (what: string, id: string, en: string): VerifyProblem => ({ what, message: { id, en } });

/**
 * Rechecks a published selection from nothing but itself: the pool numbered 1..N without a gap or
 * an always-visited OPD in it, each draw's key string rebuilt from its values, its digests and
 * selection recomputed by RFC 3797 and held against what was published, and the OPD at each
 * selected position looked up in the pool. Any change to a published input (a pool entry moved, a
 * value changed, another count) shows here.
 */
export function verifySelection(selection: Selection): Verification {
  const problems: VerifyProblem[] = [];
  const { pool, alwaysVisited, sources } = selection.announcement;
  pool.forEach((entry, i) => {
    if (entry.position !== i + 1)
      problems.push(
        problem(
          `pool[${i}]`,
          `Posisi ke-${i + 1} dalam pool tercatat sebagai ${entry.position}.`,
          `Pool entry ${i + 1} is recorded at position ${entry.position}.`,
        ),
      );
  });
  const ids = pool.map((entry) => entry.opd);
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (ids.some((id, i) => id !== sorted[i]) || new Set(ids).size !== ids.length)
    problems.push(
      problem(
        'pool',
        'Pool tidak tersusun menurut kode OPD tanpa duplikat, sebagaimana diumumkan.',
        'The pool is not in order of OPD id without duplicates, as announced.',
      ),
    );
  for (const visited of alwaysVisited)
    if (ids.includes(visited.opd))
      problems.push(
        problem(
          `alwaysVisited.${visited.opd}`,
          `${visited.opd} selalu dikunjungi, tetapi juga ada di pool.`,
          `${visited.opd} is always visited, yet also in the pool.`,
        ),
      );
  const recomputed: Verification['recomputed'][number][] = [];
  for (const made of selection.draws) {
    const where = `draws[${made.number}]`;
    if (made.values.length !== sources.length) {
      problems.push(
        problem(
          `${where}.values`,
          `Undian ${made.number} memuat nilai ${made.values.length} sumber, padahal diumumkan ${sources.length}.`,
          `Draw ${made.number} holds values of ${made.values.length} sources; ${sources.length} were announced.`,
        ),
      );
      continue;
    }
    let again: ReturnType<typeof drawOf>;
    try {
      again = drawOf(
        selection.announcement,
        made.values.map((values) => values.map((v) => BigInt(v))),
      );
    } catch {
      problems.push(
        problem(
          `${where}.values`,
          `Undian ${made.number} tidak dapat dihitung ulang: nilainya bukan bilangan bulat, atau jumlah yang diundi di luar pool.`,
          `Draw ${made.number} cannot be recomputed: a value is not a whole number, or the count is outside the pool.`,
        ),
      );
      continue;
    }
    const key = again.keyString;
    const positions = again.selected.map((s) => s.position);
    recomputed.push({ number: made.number, keyString: key, positions });
    if (key !== made.keyString)
      problems.push(
        problem(
          `${where}.keyString`,
          `Kunci undian ${made.number} dari nilainya adalah "${key}", bukan "${made.keyString}".`,
          `Draw ${made.number}'s key string from its values is "${key}", not "${made.keyString}".`,
        ),
      );
    if (again.digests.length !== made.digests.length || again.digests.some((d, i) => d !== made.digests[i]))
      problems.push(
        problem(
          `${where}.digests`,
          `Digest MD5 undian ${made.number} tidak sama dengan hasil hitung ulang.`,
          `Draw ${made.number}'s MD5 digests differ from those recomputed.`,
        ),
      );
    // Compared field by field: a record read back from the table keeps no key order.
    const teamsMatch =
      again.teams.length === made.teams.length &&
      again.teams.every(
        (team, i) =>
          team.opd === made.teams[i]?.opd &&
          team.evaluators.length === made.teams[i]?.evaluators.length &&
          team.evaluators.every((id, j) => id === made.teams[i]?.evaluators[j]),
      );
    if (!teamsMatch)
      problems.push(
        problem(
          `${where}.teams`,
          `Tim kunjungan undian ${made.number} tidak sama dengan hasil hitung ulang dari kunci dan daftar evaluator.`,
          `Draw ${made.number}'s visit teams differ from those recomputed from the key string and the roster.`,
        ),
      );
    const published = made.selected.map((s) => s.position);
    const opdsMatch = made.selected.every((s) => pool[s.position - 1]?.opd === s.opd);
    if (published.length !== positions.length || published.some((p, i) => p !== positions[i]) || !opdsMatch)
      problems.push(
        problem(
          `${where}.selected`,
          `Hasil undian ${made.number} seharusnya posisi ${positions.join(', ')}.`,
          `Draw ${made.number} should select positions ${positions.join(', ')}.`,
        ),
      );
  }
  return { ok: problems.length === 0, problems, recomputed };
}
