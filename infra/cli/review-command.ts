import type { Instrument } from '#forms/instrument/model.ts';
import type { Review } from '#functions/assessment/review-model.ts';
import { instrumentOfReview, reviewScores } from '#functions/assessment/review-scores.ts';
import { scoreKinds } from '#functions/assessment/scoring/levels.ts';
import type { Command } from './commands.ts';
import { formatLocalDate, langOf, timeOptions, timeOptionsHelp } from './local-time.ts';
import { withRuntime } from './runtime.ts';

export const reviewCommand: Command = {
  summary: 'List the self-assessment reviews of a cycle, or show one with its scores',
  help: `Usage: siklus review list --city <city> [--year <year>] [--lang id|en] [--json]
       siklus review show <opd> --city <city> [--year <year>] [--lang id|en] [--json]

'list' prints every review of the cycle (default the city's current one): OPD, verifier, round,
status and the verifier's due date, earliest due first. 'show' prints one OPD's review: each
indicator's claimed and verified level with the verifier's note and revision comment, then the
OPD's self, verified and final index with its band, and the indicators it over-claimed.

Options:
${timeOptionsHelp}; 'list' prints one JSON object per line`,
  options: { city: { type: 'string' }, year: { type: 'string' }, ...timeOptions },
  run: async ({ values, positionals, dirs }) => {
    const [verb, opd] = positionals;
    const lang = langOf(values);
    const json = values.json === true;
    if (!values.city || (verb !== 'list' && !(verb === 'show' && opd))) {
      console.error(reviewCommand.help);
      return 2;
    }
    const cityId = String(values.city);
    return withRuntime(dirs, async ({ ports }) => {
      const city = await ports.directory.getCity(cityId);
      if (!city) throw new Error(`Unknown city '${cityId}'; run 'siklus seed' first`);
      const year = Number(values.year ?? city.currentYear);
      if (!Number.isInteger(year)) throw new Error(`No cycle under way in ${cityId}: give --year`);
      if (verb === 'list') {
        if (!json) console.log('opd\tverifier\tround\tstatus\tdue');
        let cursor: string | undefined;
        do {
          const page = await ports.reviews.forCycle(cityId, year, { limit: 100, cursor });
          for (const r of page.reviews)
            console.log(
              json
                ? JSON.stringify({
                    opd: r.opd,
                    verifier: r.verifier,
                    round: r.round,
                    status: r.status,
                    due: r.due,
                  })
                : `${r.opd}\t${r.verifier}\t${r.round}\t${r.status}\t${formatLocalDate(r.due, lang)}`,
            );
          cursor = page.cursor;
        } while (cursor);
        return 0;
      }
      const review = await ports.reviews.get(cityId, year, opd ?? '');
      if (!review) throw new Error(`No self-assessment review of '${opd}' in ${cityId} ${year}`);
      const instrument = await instrumentOfReview(ports, review);
      const { scores, overClaims } = reviewScores(review, instrument);
      console.log(json ? JSON.stringify({ review, scores, overClaims }) : printed(review, instrument, lang));
      return 0;
    });
  },
};

function printed(review: Review, instrument: Instrument, lang: 'id' | 'en'): string {
  const { scores, overClaims: claims } = reviewScores(review, instrument);
  const lines = [
    `${review.opd} ${review.year}: round ${review.round}, ${review.status}, verifier ${review.verifier}, due ${formatLocalDate(review.due, lang)}`,
    'indicator\tclaimed\tverified\tnote\trevision comment',
    ...Object.entries(review.indicators)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([id, s]) => `${id}\t${s.claimed}\t${s.verified ?? '-'}\t${s.note ?? ''}\t${s.revisionComment ?? ''}`,
      ),
    ...scoreKinds.map((kind) => {
      const s = scores[kind];
      return `${kind} index: ${s.index ?? '-'}${s.band ? ` (${s.band})` : ''}`;
    }),
    `over-claimed: ${claims.length === 0 ? 'none' : claims.map((c) => `${c.indicator} (${c.self} > ${c.verified})`).join(', ')}`,
  ];
  return lines.join('\n');
}
