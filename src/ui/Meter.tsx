import type { MeterSummary } from '../messaging/messages';

export type { MeterSummary };

/**
 * The connection meter: the four numbers of a draft that most change whether it gets an answer
 * (its words, its questions to the reader, how much of it is about the reader, its reading grade),
 * each marked when it is outside the target for its kind of mail (a first email or a reply). Shown
 * beside the count badge in the page, and in the popup for the draft being written.
 * Plain data in, text out: no engine code runs here.
 */

/** The meter's part of a summary: what the popup is sent. */
export function meterSummary({ reply, words, questions, readerFocus, grade, targets }: MeterSummary): MeterSummary {
  return {
    reply,
    words,
    questions,
    readerFocus,
    grade,
    ...(targets
      ? {
          targets: {
            words: { ...targets.words },
            questions: { ...targets.questions },
            readerFocus: targets.readerFocus,
            grade: targets.grade,
          },
        }
      : {}),
  };
}

/** Which way a number is off its target: `high` above it, `low` below it. */
type OffTarget = 'high' | 'low';

export interface MeterStat {
  id: 'words' | 'questions' | 'focus' | 'grade';
  /** What shows: "42 words", "You 60%", "Grade 8.4". */
  text: string;
  /** Set when the number is outside its target. */
  off?: OffTarget;
  /** Why it is marked, for a screen reader and a tooltip ("more than the 125 aimed for"); '' when in target. */
  hint: string;
  /** What the number is, in words, for a tooltip. */
  about: string;
}

const formatNumber = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const counted = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Where `value` stands against `[min, max]`, with the hint that says so. */
function against(value: number, min: number | undefined, max: number | undefined, unit: (n: number) => string) {
  if (max !== undefined && value > max) return { off: 'high' as const, hint: `more than the ${unit(max)} aimed for` };
  if (min !== undefined && value < min) return { off: 'low' as const, hint: `fewer than the ${unit(min)} aimed for` };
  return { hint: '' };
}

/** The meter's four numbers for a draft's summary, in the order they show. */
export function meterStats(summary: MeterSummary): MeterStat[] {
  const { targets } = summary;
  const words = against(summary.words, targets?.words.min, targets?.words.max, formatNumber);
  const questions = against(summary.questions, targets?.questions.min, targets?.questions.max, formatNumber);
  const focus = summary.readerFocus;
  const lowFocus = focus !== null && targets !== undefined && focus < targets.readerFocus;
  const highGrade = targets !== undefined && summary.grade > targets.grade;
  return [
    { id: 'words', text: counted(summary.words, 'word', 'words'), about: 'Words of your own text', ...words },
    {
      id: 'questions',
      text: counted(summary.questions, 'question', 'questions'),
      about: 'Questions put to the reader',
      ...questions,
    },
    {
      id: 'focus',
      text: `You ${focus === null ? '—' : percent(focus)}`,
      about: 'Sentences about the reader, of those about the reader or you',
      ...(lowFocus
        ? { off: 'low' as const, hint: `below the ${percent(targets.readerFocus)} aimed for` }
        : { hint: '' }),
    },
    {
      id: 'grade',
      text: `Grade ${formatNumber(summary.grade)}`,
      about: 'School grade needed to read it easily',
      ...(highGrade
        ? { off: 'high' as const, hint: `above the grade ${formatNumber(targets.grade)} aimed for` }
        : { hint: '' }),
    },
  ];
}

const ARROW: Record<OffTarget, string> = { high: '↑', low: '↓' };

/**
 * The four numbers as a list. A number off its target wears the warning colours and an arrow, and
 * says why in words (hidden text for a screen reader, a tooltip for the pointer): never colour alone.
 * Hidden text has the class `cf-sr-only`, which the page (or the shadow root) must define.
 */
export function MeterList({ summary, class: className }: { summary: MeterSummary; class: string }) {
  const kind = summary.reply ? 'a reply' : 'a first email';
  return (
    <ul
      class={className}
      data-cf="meter"
      data-cf-reply={String(summary.reply)}
      aria-label={`Connection meter for ${kind}`}
    >
      {meterStats(summary).map((stat) => (
        <li
          key={stat.id}
          class={stat.off ? 'cf-stat cf-off' : 'cf-stat'}
          data-cf={`meter-${stat.id}`}
          data-cf-off={stat.off}
          title={stat.hint ? `${stat.about}: ${stat.hint}` : stat.about}
        >
          {stat.text}
          {stat.off && <span aria-hidden="true">{` ${ARROW[stat.off]}`}</span>}
          {stat.off && <span class="cf-sr-only">{`, ${stat.hint}`}</span>}
        </li>
      ))}
    </ul>
  );
}
