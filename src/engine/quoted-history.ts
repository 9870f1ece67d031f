/**
 * Plain-text mail carries the thread below the writer's words. Only the writer's own words are
 * judged, so quoted lines, the history after a reply header, the signature and a legal notice at the
 * foot are blanked out: replaced by spaces, line breaks kept, so offsets into the result are offsets
 * into the original.
 */
export function blankQuotedHistory(text: string): string {
  const lines = text.split('\n');
  let offset = 0;
  let cutAt = text.length;
  const quoted: [number, number][] = [];
  // The message's own header, as a mail client saves a message as text: blanked, never history.
  const bodyLine = ownHeaderEnd(lines);
  for (let i = 0; i < bodyLine; i++) offset += lines[i]!.length + 1;
  if (bodyLine > 0) quoted.push([0, offset - 1]);
  let wordsAbove = false;
  let noticeAt = -1;
  for (let i = bodyLine; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (startsHistory(line, lines, i)) {
      cutAt = offset;
      break;
    }
    if (/^\s*>/.test(line) || DEVICE_LINE.test(line)) quoted.push([offset, offset + line.length]);
    // A closing after it means the writer's message went on: it was the writer's own word on secrecy.
    if (noticeAt < 0 && wordsAbove && LEGAL_NOTICE.test(line.slice(0, 300))) noticeAt = offset;
    else if (noticeAt >= 0 && isClosingLine(line)) noticeAt = -1;
    wordsAbove ||= line.trim() !== '';
    offset += lines[i]!.length + 1;
  }
  if (noticeAt >= 0) cutAt = noticeAt;
  if (cutAt === text.length && quoted.length === 0) return text;
  let out = '';
  let last = 0;
  for (const [s, e] of [...quoted.filter(([s]) => s < cutAt), [cutAt, text.length] as [number, number]]) {
    out += text.slice(last, s) + text.slice(s, e).replace(/[^\n\r]/g, ' ');
    last = e;
  }
  return out + text.slice(last);
}

/**
 * Whether a plain-text email answers another: it quotes lines ("> …") or carries the earlier
 * message under a reply header. A signature separator alone does not make a reply.
 */
export function isReply(text: string): boolean {
  const lines = text.split('\n');
  const bodyLine = ownHeaderEnd(lines);
  return lines.some((raw, i) => {
    const line = raw.replace(/\r$/, '');
    return i >= bodyLine && (/^\s*>/.test(line) || (!/^-- ?$/.test(line) && startsHistory(line, lines, i)));
  });
}

/**
 * A header line a mail client writes when it saves a message as text, in any of its languages
 * ("From:\tDana Reyes", "An: Sam Lee", "Enviado el: lunes…", "À : Sam"): a name of a word or two, a colon, a value.
 */
const SAVED_HEADER = /^\p{L}[\p{L}-]{0,24}(?: \p{L}{1,10})?\s?:[ \t]*\S/u;
/** Wrapped on: a long recipient list goes on under its header, indented. */
const HEADER_GOES_ON = /^[ \t]+\S/;
/** Enough header to read without scanning a huge paste: Outlook writes six or so lines. */
const HEADER_LINES = 40;

/**
 * Where the body starts (a line index; 0 when there is no such header) of a message saved as text
 * by a mail client: it opens, after blank lines at most, with its own sender and date lines
 * ("From:" and "Sent:" or "Date:", or "Von:" and "Gesendet:": the words that mark history below,
 * startsHistory), up to the first blank line. Nothing above it, so it cannot be the history of a
 * reply; read as one, it made the whole message history and left nothing to check. A memo's
 * heading without a date ("From:" over "Subject:") is not taken for one and stays checked.
 */
function ownHeaderEnd(lines: string[]): number {
  let i = 0;
  while (i < lines.length && i < HEADER_LINES && lines[i]!.trim() === '') i++;
  const first = i;
  let from = false;
  let sent = false;
  for (; i < lines.length && i - first < HEADER_LINES; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (!SAVED_HEADER.test(line) && !(i > first && HEADER_GOES_ON.test(line))) break;
    from ||= FROM_HEADER.test(line);
    sent ||= SENT_HEADER.test(line);
  }
  return from && sent && (i === lines.length || lines[i]!.trim() === '') ? i : 0;
}

/**
 * The line a phone's or an app's mail client signs with: "Sent from my iPhone", "Sent from Mail for
 * Windows", "Get Outlook for Android". Not the writer's words (and its "my" is no sign of a draft
 * about the writer).
 */
const DEVICE_LINE = new RegExp(
  String.raw`^\s*(?:sent\s+from\s+(?:my\s+)?[\p{L}\p{N}][\p{L}\p{N} .'’-]{0,40}` +
    String.raw`|get\s+outlook\s+for\s+(?:ios|android)\b[^\n]{0,60})\s*$`,
  'iu',
);

/**
 * The first line of the legal notice a company's mail server or signature puts at the foot of every
 * message ("CONFIDENTIALITY NOTICE: …", "This email and any attachments are confidential…", "If you
 * have received this message in error…"). Its "We apologise for any inconvenience" is nobody's
 * apology to this reader, and the writer cannot change it.
 */
const LEGAL_NOTICE = new RegExp(
  String.raw`^\s*[*_=~-]*\s*(?:` +
    String.raw`(?:confidentiality|confidential|legal|privacy|e-?mail)\s+(?:notice|disclaimer|warning|statement)\b` +
    String.raw`|disclaimer\s*[:*.\-–—]|privileged\s+(?:and|&)\s+confidential\b` +
    // "This email and any files transmitted with it are confidential…" (not "This email is for the team").
    String.raw`|this\s+(?:e-?mail|message|communication|transmission)\b[^.\n]{0,120}?\b(?:confidential|privileged)\b` +
    String.raw`|the\s+information\s+(?:contained\s+)?(?:in|within)\s+this\s+` +
    String.raw`(?:e-?mail|message|communication|transmission)\b[^.\n]{0,120}?\b(?:confidential|privileged)\b` +
    String.raw`|if\s+you\s+(?:are\s+not\s+the\s+intended\s+recipient|have\s+received\s+this\s+` +
    String.raw`(?:e-?mail|message|communication|transmission)\s+in\s+error)\b)`,
  'i',
);

/*
 * A writer whose mail client runs in another language replies in English above a header in that
 * language: the thread under it is not theirs either. Outlook's and Gmail's words for the header
 * in German, French, Spanish, Dutch, Italian, Portuguese and Swedish, beside the English ones.
 */
const ORIGINAL_MESSAGE = new RegExp(
  String.raw`^\s*-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original` +
    String.raw`|oorspronkelijk bericht|messaggio originale|mensagem original|ursprungligt meddelande)\s*-{2,}`,
  'i',
);
/** Gmail's attribution line: "On … wrote:", "Le … a écrit :", "Am … schrieb Dana <…>:" (name after verb). */
const ATTRIBUTION_OPENS = /^\s*(?:On|Am|Le|El|Op|Il|Em|Den)\s/;
const ATTRIBUTION_ENDS =
  /(?:\bwrote|\ba écrit|\bescribió|\bha scritto|\bescreveu)\s*:\s*$|\b(?:schrieb|schreef|skrev)\b.{0,200}:\s*$/i;
const FROM_HEADER = /^\s*(?:From|Von|De|Van|Da|Från)\s?:\s*\S/;
const SENT_HEADER =
  /^\s*(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado(?: el)?|Enviada em|Verzonden|Inviato|Data|Skickat)\s?:\s*\S/;
const SUBJECT_HEADER = /^\s*(?:Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|Ämne)\s?:\s*\S/;

function startsHistory(line: string, lines: string[], i: number): boolean {
  if (ORIGINAL_MESSAGE.test(line)) return true;
  if (/^-- ?$/.test(line)) return true; // the signature separator
  if (ATTRIBUTION_OPENS.test(line)) {
    if (line.length <= 400 && ATTRIBUTION_ENDS.test(line)) return true;
    if (ATTRIBUTION_ENDS.test((lines[i + 1] ?? '').slice(0, 400))) return true; // wrapped onto two lines
  }
  // Gmail's "---------- Forwarded message ---------", Apple Mail's "Begin forwarded message:", Lotus Notes'
  // "------ Forwarded by Karen Holt/HOU/WES on 04/22/2001 09:14 AM ------".
  if (/^\s*-{2,}\s*Forwarded (?:message\s*-{2,}|by\s)/i.test(line) || /^\s*Begin forwarded message:\s*$/i.test(line))
    return true;
  if (FROM_HEADER.test(line)) {
    const header = lines.slice(i + 1, i + 5);
    if (header.some((next) => SENT_HEADER.test(next))) return true;
    // A shorter header ("From: …" over "Subject: …") under the writer's own words is the message passed on;
    // at the very top it may be the writer's own memo heading. (A few lines back is enough to tell, and keeps a
    // paste of a thousand "From:" lines linear.)
    const wordsAbove = lines.slice(Math.max(0, i - 12), i).some((l) => l.trim() !== '');
    return wordsAbove && header.some((next) => SUBJECT_HEADER.test(next));
  }
  return false;
}

// "Best,", "Kind regards", "Cheers, Dana": a closing alone on its line.
const CLOSINGS = [
  'best|best wishes|best regards|all the best|kind regards|warm regards|warmest regards|regards',
  'many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours sincerely|yours faithfully',
  'yours truly|faithfully|talk soon|take care|respectfully|warmly|with thanks',
  // A newsletter's or a friend's sign-off: "Onwards, / Jess Mowbray / Founder, Brightloop".
  'onwards|onward|speak soon|all best|yours|with gratitude|with appreciation|stay well|stay safe|see you soon',
  'until next time|happy reading|happy shopping|love|with love|ciao',
].join('|');
const SIGN_OFF = new RegExp(
  String.raw`^\s*(?:${CLOSINGS})\s*[,.!]?(?:\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?)?\s*$`,
  'iu',
);
/** Whether a line is a closing alone ("Best,", "Kind regards, Dana"): where the writer's message ends. */
export const isClosingLine = (line: string): boolean => SIGN_OFF.test(line);
const POSTSCRIPT = /^\s*p\.?\s?p?\.?\s?s\b/i;
const SIGNATURE_LINES = 8;

/** A signature line: short, no sentence in it ("Dana Reyes", "Head of Sales | Acme Solutions Ltd"). */
const signatureLike = (line: string) =>
  line.length <= 100 && !/[.!?]\s*$/.test(line) && line.trim().split(/\s+/).length <= 12;

/**
 * Where the block under a closing lies ("Best,\nDana\nHead of Growth | Acme Solutions"): names,
 * titles and company names, not the writer's message, so not judged, up to a P.S., which is the
 * writer's words again. Looks only at the last lines, each read only as far as a signature line
 * can reach, so a keystroke costs the same in a long draft.
 */
export function signOffBlock(text: string): { start: number; end: number } | undefined {
  // The last few lines, from the end, without splitting the whole text.
  const starts: number[] = [];
  let end = text.length;
  while (starts.length < SIGNATURE_LINES + 4) {
    const nl = text.lastIndexOf('\n', end - 1);
    starts.push(nl + 1);
    if (nl < 0) break;
    end = nl;
  }
  starts.reverse();
  // A longer line is neither a closing nor a signature line; reading 200 characters of it says so.
  const lineAt = (k: number) => {
    const end = k + 1 < starts.length ? starts[k + 1]! - 1 : text.length;
    return text.slice(starts[k]!, Math.min(end, starts[k]! + 200)).replace(/\r$/, '');
  };
  for (let k = starts.length - 2; k >= 0; k--) {
    if (!SIGN_OFF.test(lineAt(k))) continue;
    let blockEnd = text.length;
    let lines = 0;
    for (let j = k + 1; j < starts.length; j++) {
      const line = lineAt(j);
      if (POSTSCRIPT.test(line)) {
        blockEnd = starts[j]!;
        break;
      }
      if (line.trim() === '') continue;
      if (!signatureLike(line) || ++lines > SIGNATURE_LINES) return undefined;
    }
    return lines === 0 ? undefined : { start: starts[k + 1]!, end: blockEnd };
  }
  return undefined;
}
