/**
 * Reading one Microsoft post as a careful person would, shared by every adapter and by `npm run
 * eval:reading` (so the evaluation scores the rules the extension runs):
 * - structure first: Microsoft's own status word (Graph `status` and `classification`, the `Status` of
 *   status.cloud.microsoft) sets severity and phase; prose fills only what the structure leaves open;
 * - time-aware: a window that has ended is history, recovered words mean recovered, promises of future
 *   updates are no status;
 * - scoped: which Exchange/Outlook surfaces (protocols, clients, mail flow) an issue touches.
 * The words themselves are data, in ./phrases.
 */
import { servicesInText, servicesOfIssueIds, type ServiceId } from '../catalog';
import { SERVICE_IDS, SURFACE_IDS, type SurfaceId } from '../catalog-ids';
import { PHASES, type Phase, type Severity } from '../model';
import { compile, type Matcher, matcher, normalise } from './match';
import {
  ADVISORY_TITLE,
  ALL_CLEAR,
  FIX_BEING_CHECKED,
  PEOPLE_CONTACTED,
  AFTER_THE_FACT,
  ENDED_WINDOW,
  FINAL,
  EVERY_FEATURE,
  DEGRADATION,
  DISPLAY_ONLY,
  FEW_AFFECTED,
  FIX_DONE,
  LOSS_OF_SERVICE,
  MITIGATING,
  MITIGATION_UNDER_WAY,
  MOSTLY_RECOVERED,
  NO_IMPACT_YET,
  NOT_A_STATUS,
  NOT_DONE_YET,
  DENIED,
  ON_CONDITION,
  PURPOSE,
  PROMISED_WORK,
  PEOPLE_CAN_DO,
  STILL_NOW,
  IMPACT_GOES_ON,
  WEIGHED,
  INQUIRY,
  SUSPECT_CHANGE,
  WORK_COMPLETED,
  PART_DONE,
  REMEDY_OBJECT,
  FINDING,
  PREVENTION,
  NOW_AND_THEN,
  ONE_FEATURE,
  OPEN_START,
  PEOPLE_EXPERIENCE,
  PAST_TENSE,
  RECOVERED,
  RECOVERING_NOW,
  RESOLVED,
  RESOLVED_TITLE,
  STILL_LOOKING,
  LOOKING_INTO,
  SURFACE_WORDS,
  UPDATE_PROMISED,
  WATCHING,
  WATCHING_TO_CONFIRM,
  WORKS_INSTEAD,
} from './phrases';

const loss = matcher(LOSS_OF_SERVICE);
const degradation = matcher(DEGRADATION);
const advisoryTitle = matcher(ADVISORY_TITLE);
const displayOnly = matcher(DISPLAY_ONLY);
const fewAffected = matcher(FEW_AFFECTED);
const nowAndThen = matcher(NOW_AND_THEN);
const oneFeature = compile(ONE_FEATURE.phrases);
const everyFeature = matcher(EVERY_FEATURE);
const mostlyRecovered = matcher(MOSTLY_RECOVERED);
const pastTense = matcher(PAST_TENSE);
const openStart = matcher(OPEN_START);
const endedWindow = matcher(ENDED_WINDOW);
/** The sentence tells impact that is over: a window with an end, or the past tense without an open start. */
const history = { test: (s: string) => endedWindow.test(s) || (pastTense.test(s) && !openStart.test(s)) };
const afterTheFact = matcher(AFTER_THE_FACT);
const recovered = matcher(RECOVERED);
const recoveringNow = matcher(RECOVERING_NOW);
const resolved = matcher(RESOLVED);
const final = matcher(FINAL);
const resolvedTitle = matcher(RESOLVED_TITLE);
const underWay = matcher(MITIGATION_UNDER_WAY);
const fixDone = matcher(FIX_DONE);
const watching = matcher(WATCHING);
const fixBeingChecked = matcher(FIX_BEING_CHECKED);
const peopleContacted = matcher(PEOPLE_CONTACTED);
const mitigating = matcher(MITIGATING);
const peopleExperience = matcher(PEOPLE_EXPERIENCE);
const stillLooking = matcher(STILL_LOOKING);
const lookingInto = matcher(LOOKING_INTO);
const notDoneYet = matcher(NOT_DONE_YET);
const denied = matcher(DENIED);
const onCondition = matcher(ON_CONDITION);
const purpose = matcher(PURPOSE);
const promisedWork = matcher(PROMISED_WORK);
const peopleCanDo = matcher(PEOPLE_CAN_DO);
const stillNow = matcher(STILL_NOW);
const impactGoesOn = matcher(IMPACT_GOES_ON);
const weighed = matcher(WEIGHED);
const inquiry = matcher(INQUIRY);
const suspectChange = matcher(SUSPECT_CHANGE);
const workCompleted = matcher(WORK_COMPLETED);
const prevention = matcher(PREVENTION);
const partDone = matcher(PART_DONE);
const remedyObject = matcher(REMEDY_OBJECT);
const finding = matcher(FINDING);
const notAStatus = matcher(NOT_A_STATUS);
const allClear = matcher(ALL_CLEAR);
const noImpactYet = matcher(NO_IMPACT_YET);
const updatePromised = matcher(UPDATE_PROMISED);
const watchingToConfirm = matcher(WATCHING_TO_CONFIRM);
const worksInstead = matcher(WORKS_INSTEAD);
const surfaceMatchers = SURFACE_IDS.map((id) => ({ id, pattern: compile(SURFACE_WORDS[id]) }));

/** Sentences, as Microsoft writes them: split at sentence ends and line breaks, contractions written out. */
export function sentences(text: string): string[] {
  return normalise(text)
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Clauses of a sentence: list items and asides ("intermittent failures, increased latency, or difficulty …"). */
const clauses = (sentence: string) => sentence.split(/[,;:]|\s\((?=[^)]*\))/);

const TITLE_LABEL = /^title\s*:/i;
const STATUS_LABEL = /^(current status|status update|update|latest update)\s*:\s*/i;
/** "Final status:" is itself a status word: kept in the text. */
const FINAL_LABEL = /^final status\s*:/i;
const CURRENT_LABEL = /\bcurrent status\s*:/i;
/** A review's own headings ("What happened?", "What went wrong and why?", "How did we respond?"). */
const WHAT_HAPPENED = /^\s*(what happened|what went wrong and why|how did we respond)\?/im;
/** Sections of Service health posts and Azure reviews that describe the incident, never its state. */
const DESCRIBING_SECTIONS = [
  'title',
  'user impact',
  'more info',
  'scope of impact',
  'start time',
  'end time',
  'root cause',
  'preliminary root cause',
  'next update(?: by)?',
  'summary of impact',
  'next steps',
  'workaround',
];
/** Not the newest status when no "Current status:" is given. */
const DESCRIBING_SECTION = new RegExp(`^(${DESCRIBING_SECTIONS.join('|')})\\s*:`, 'i');
/** Any other section of a Service health post ("Scope of impact:", "Root cause:", "Next update by:"). */
const SECTION_LABEL = /^[A-Z][A-Za-z ]{2,30}:/;
/**
 * Service health's and Azure's section labels run together on one line in copies that lost their line breaks
 * ("… admin center Current status: …", "… in this region.Preliminary root cause: …"); "Preliminary root cause"
 * is one label, not "root cause" after a word.
 */
const INLINE_SECTION = new RegExp(
  `(?<!preliminary)(?:(?<![ \\t])[ \\t]+|(?<=[.!?]))(?=(?:${[...DESCRIBING_SECTIONS, 'current status', 'final status', 'mitigation'].join('|')})\\s*:)`,
  'gi',
);

/**
 * The part of a post that speaks for now: the "Current status:" (or "Final status:") section, up to the
 * next labelled section, else the last paragraph that says more than a promise of updates and is no describing
 * section ("Scope of impact:", "Root cause:"), else the whole text.
 */
export function newestStatus(text: string): string {
  const paragraphs = text
    .replace(INLINE_SECTION, '\n')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    if (!FINAL_LABEL.test(p) && !STATUS_LABEL.test(p)) continue;
    const next = paragraphs.findIndex((q, j) => j > i && SECTION_LABEL.test(q));
    const section = paragraphs.slice(i, next < 0 ? undefined : next).join('\n');
    return (FINAL_LABEL.test(p) ? section : section.replace(STATUS_LABEL, '').trim()) || text;
  }
  const substantive = paragraphs.filter((p) => !DESCRIBING_SECTION.test(p) && !sentences(p).every((s) => notAStatus.test(s)));
  return substantive.at(-1) ?? text;
}

/** What the sentences of a post say about impact. */
interface Impact {
  /** A current loss of service that nothing limits. */
  whole: boolean;
  /** Some current impact, of any kind. */
  current: boolean;
  /** Impact described as over (an ended window, past tense). */
  past: boolean;
  /** Only some customers or requests are affected, anywhere in the post: no outage. */
  few: boolean;
  /** Some limit was stated (on who, how often or which feature). */
  limited: boolean;
}

/**
 * Quoted words are an error message or a name, not Microsoft's statement ("the error 'This service is unavailable'"),
 * unless the quote is introduced as a statement: a news site's "Microsoft said: 'Users may be unable to access
 * Outlook.'" is Microsoft's own words.
 */
const QUOTED = /"[^"\n]{1,120}"|“[^”\n]{1,120}”|(?<!\w)'[^'\n]{1,120}'(?!\w)/g;
const STATEMENT_LEAD = /\b(said|says|wrote|writes|posted|stated|tweeted|added|explained|according to)\b[^.!?"“”]{0,40}?[:,]?\s*$/i;
const unquoted = (sentence: string) =>
  sentence.replace(QUOTED, (quote, at: number) => (STATEMENT_LEAD.test(sentence.slice(Math.max(0, at - 60), at)) ? quote : ' '));

const IMPACT_LABEL = /^(user impact|summary of impact|impact statement)\s*:/i;

/**
 * The sentences that state what the impact is: the headline and the post's "User impact:" (or "Summary of
 * impact:") line; without such a line, the body's first sentence that names a failure stands in for it.
 */
function impactStatements(headline: string[], body: string[]): string[] {
  const labelled = body.filter((s) => IMPACT_LABEL.test(s));
  const first = body.find((s) => loss.test(s) || degradation.test(s));
  return [...headline, ...(labelled.length > 0 ? labelled : first ? [first] : [])];
}

/** `title` is a headline: it says what fails but not when, so it never makes the impact current. */
function readImpact(title: string[], body: string[]): Impact {
  const all = [...title, ...body];
  const few = all.some((s) => fewAffected.test(s));
  const impact: Impact = { whole: false, current: false, past: false, few, limited: few };
  for (const [i, said] of all.entries()) {
    // Promises and pointers ("the PIR for their outage can be found here") are no status.
    if (notAStatus.test(said)) continue;
    const sentence = unquoted(said);
    if (!loss.test(sentence) && !degradation.test(sentence)) continue;
    if (history.test(sentence)) {
      impact.past = true;
      continue;
    }
    if (i >= title.length) impact.current = true;
    if (mostlyRecovered.test(sentence)) impact.few = impact.limited = true;
    // "On desktop, web and mobile", "any features": every client or feature is the whole service.
    const everything = everyFeature.test(said);
    for (const clause of clauses(sentence)) {
      for (const m of loss.all(clause)) {
        // One feature next to the signal ("unable to access some features", "management operations are
        // unavailable"), or "intermittent" anywhere in the clause, limit it; "any features" does not.
        const near = `${clause.slice(Math.max(0, m.index - 50), m.index)} ${clause.slice(m.end, m.end + 50)}`;
        if (nowAndThen.test(clause) || (oneFeature.test(near) && !everything)) impact.limited = true;
        else impact.whole = true;
      }
    }
  }
  return impact;
}

/**
 * Words that tell no work of now, and how far each blanks (see `happened`): a fix spoken of as future ("to
 * determine if they're related, and whether reverting them would restore service") and a condition ("Once the fix
 * is deployed, users should no longer experience impact") to the end of their sentence; a fix denied, a purpose,
 * ways only weighed and what people can do themselves to the end of their clause; work promised for later, only its
 * own words.
 */
type Blank = 'sentence' | 'clause' | 'words';
const NOT_NOW: readonly { words: Matcher; blank: Blank; besideImpact: Blank }[] = [
  { words: notDoneYet, blank: 'sentence', besideImpact: 'words' },
  { words: denied, blank: 'clause', besideImpact: 'words' },
  { words: onCondition, blank: 'sentence', besideImpact: 'words' },
  { words: purpose, blank: 'clause', besideImpact: 'clause' },
  { words: promisedWork, blank: 'words', besideImpact: 'words' },
  { words: peopleCanDo, blank: 'clause', besideImpact: 'words' },
  { words: weighed, blank: 'clause', besideImpact: 'words' },
  { words: inquiry, blank: 'clause', besideImpact: 'words' },
  { words: suspectChange, blank: 'words', besideImpact: 'words' },
];

function blanked(text: string, words: Matcher, blank: Blank): string {
  if (blank === 'sentence') return words.removeToEnd(text);
  return blank === 'clause' ? words.removeToClauseEnd(text) : words.remove(text);
}

/** What a status says has happened: every NOT_NOW list blanked as far as it reaches. */
const happened = (status: string) => NOT_NOW.reduce((text, { words, blank }) => blanked(text, words, blank), status);

/**
 * The same words blanked for impact still named beside them: mostly only the words, not what follows ("… to confirm
 * it remediates the issue, as some users are still unable to access their mailboxes"); a purpose to its clause end
 * ("monitoring to ensure that the mitigation has fully resolved the connection failures" names no failure now).
 */
const saidBeside = (sentence: string) => NOT_NOW.reduce((text, { words, besideImpact }) => blanked(text, words, besideImpact), sentence);

/**
 * A status without the words of work that is over or is not about this incident, to look for work under way in what
 * is left: finished work ("we've completed reverting the update", "the change has been reverted": the work's own verb
 * no longer says it goes on), a fix done with the rest of its clause ("we've finished validating our fix and have
 * completed its deployment to all environments": what it was done to is no work still going) and work against a
 * recurrence ("while additional preventive actions are underway"). Both branches of `phaseOf` use it, so a finished
 * fix no longer reads as one under way beside "recovered" or without it.
 */
const withoutFinishedWork = (status: string) => prevention.removeToEnd(fixDone.removeToClauseEnd(workCompleted.remove(status)));

/** Phase from the newest status text (see `newestStatus`): the furthest step its words reach. */
export function phaseFromText(status: string): Phase {
  return phaseOf(status, happened(status));
}

/** `phaseFromText` for a status whose `happened` words the caller already has (readPost needs them too). */
function phaseOf(status: string, hasHappened: string): Phase {
  // The people Microsoft contacts are not how far a fix has reached ("… and are reaching out to some users").
  const said = peopleContacted.remove(stillLooking.remove(hasHappened));
  // "A majority of services are recovering", "restoration almost complete": the recovery, not a fix, under way.
  const mostly = mostlyRecovered.test(said);
  // Service health's "Final status:" closes the incident, whatever its words.
  if (final.test(said)) return 'resolved';
  // "Mitigated, and we're monitoring to confirm", "mitigated for the majority of users" or "restored; we'll monitor
  // before declaring the incident resolved" is watched, not over; "this part is mitigated and engineers are
  // restarting the rest" is still under way (finished work, "completed rerouting", is taken out before looking).
  if (resolved.test(said)) {
    if (partDone.test(said) || underWay.test(withoutFinishedWork(resolved.remove(said)))) return 'mitigating';
    return watchingToConfirm.test(said) || fixBeingChecked.test(status) || mostly ? 'monitoring' : 'resolved';
  }
  // "The service is recovering" after a finished fix ("we've reverted the update") is recovery being watched.
  const watchedRecovery = recoveringNow.test(said) && fixDone.test(said);
  const rest = withoutFinishedWork(mostly ? mostlyRecovered.remove(said) : said);
  if (partDone.test(said) || underWay.test(watchedRecovery ? recoveringNow.remove(rest) : rest)) return 'mitigating';
  // Still looking for a fix beats "we're monitoring the service"; asking affected people whether more is needed
  // after a fix ("to confirm whether additional mitigation steps are required") checks the fix, it is no search.
  if (stillLooking.test(fixBeingChecked.remove(status))) return 'investigating';
  // Checking whether the fix worked, with affected people or on its own, is watching it: read before its purpose is
  // blanked.
  if (fixDone.test(said) || watching.test(said) || recovered.test(said) || mostly || watchedRecovery || fixBeingChecked.test(status))
    return 'monitoring';
  // Any other word of mitigation, outside the sentences that tell what people experience.
  return sentences(peopleExperience.removeToEnd(said)).some((s) => mitigating.test(s)) ? 'mitigating' : 'investigating';
}

/**
 * For an item the source still lists as active: prose may say "mitigated for most users", but while the
 * source's own status (or the item's presence in a feed that drops resolved items) says active, it is at
 * most recovering, never resolved. Words never turn an active status green.
 */
export function stillActive(phase: Phase): Phase {
  return phase === 'resolved' ? 'monitoring' : phase;
}

/**
 * Impact the newest status still names holds the phase one step back: any impact keeps it from over; impact said to go
 * on (`impactOngoing`) keeps it from only watched.
 */
const STEP_BACK_WHILE_HURTING: Partial<Record<Phase, Phase>> = { resolved: 'monitoring', monitoring: 'mitigating' };

const furthest = (a: Phase, b: Phase): Phase => (PHASES.indexOf(a) >= PHASES.indexOf(b) ? a : b);

/** Microsoft's status words, as Graph and status.cloud.microsoft spell them, lower-cased without spaces. */
const norm = (value: string | undefined | null) => (value ?? '').toLowerCase().replace(/[\s_-]+/g, '');

/** Statuses that say the incident is over (Graph's documented values, the cloud page's "Service restored"). */
export const RESOLVED_STATUSES: ReadonlySet<string> = new Set([
  'serviceoperational',
  'servicerestored',
  'postincidentreviewpublished',
  'falsepositive',
  'resolved',
  'resolvedexternal',
  'mitigated',
  'mitigatedexternal',
]);

/** How far a status value itself says the work has got, for active values. */
const STATUS_PHASE: Record<string, Phase> = {
  restoringservice: 'mitigating',
  extendedrecovery: 'mitigating',
  verifyingservice: 'monitoring',
};

/** What one post is about, as given to `readPost`. */
export interface Post {
  title: string;
  /** The whole post as plain text. */
  text: string;
  /** Microsoft's status word (Graph `status`, the cloud page's `Status`), when it gave one. */
  status?: string | null;
  /** Graph's `classification` ("incident" or "advisory"), when given. */
  classification?: string | null;
  /** The source lists only active items (the Azure feed): words alone never make it resolved. */
  listedAsActive?: boolean;
  /** What the source's nature implies when nothing says more. */
  base?: Severity;
  /** Services the source's structure names (Graph's `service`, a status row's workload), if any. */
  services?: readonly ServiceId[];
}

export interface Reading {
  severity: Severity;
  phase: Phase;
  /** Services the words name (the catalog's product names); adapters prefer their structure when they have one. */
  services: ServiceId[];
  /** Microsoft or the words limit who or what is affected. */
  partial: boolean;
  /** The Exchange/Outlook surfaces the issue is confined to; empty when it names none (the whole service). */
  surfaces: SurfaceId[];
  /** A follow-up about an outage that is over, while the source still lists it: at most an advisory. */
  followUp: boolean;
  /**
   * The post's own words or status say how far the work has got. False for a post read "investigating" only
   * because it says nothing else ("We'll provide an update within 30 minutes").
   */
  phaseSaid: boolean;
}

/**
 * The phase of an issue whose newest post reads as `newest`, given its earlier posts, newest first (read without
 * the issue's status, which is today's). A post that says nothing of the work ("We're continuing our efforts to
 * resolve the issue") does not take an issue whose fix was deploying or being watched back to "investigating":
 * the newest earlier post that says something does, unless it too said investigating or over. Earlier posts are
 * read only while the newer ones say nothing.
 */
export function phaseAcrossPosts(newest: Reading, earlierNewestFirst: Iterable<Post>): Phase {
  if (newest.phaseSaid) return newest.phase;
  for (const post of earlierNewestFirst) {
    const { phase, phaseSaid } = readPost(post);
    if (phaseSaid) return phase === 'mitigating' || phase === 'monitoring' ? phase : newest.phase;
  }
  return newest.phase;
}

function severityFromStructure(status: string, classification: string): Severity | undefined {
  if (status === 'serviceinterruption') return 'outage';
  if (classification === 'advisory') return 'advisory';
  if (status === 'servicedegradation') return 'degraded';
  if (status === 'unknown' || status === 'serviceoperational') return 'info';
  if (status || classification === 'incident') return 'degraded';
  return undefined;
}

/** The surfaces the affected sentences name, leaving out those named as what still works. */
export function surfacesIn(all: readonly string[]): SurfaceId[] {
  const affected = all.filter((s) => !worksInstead.test(s)).join('\n');
  return surfaceMatchers.filter((m) => m.pattern.test(affected)).map((m) => m.id);
}

/**
 * Services a post names as affected: product names outside pointers ("details are in the admin center") and
 * outside what to use instead ("open the files through SharePoint Online as another potential workaround"),
 * and the services of the Service health ids it quotes.
 */
function servicesNamed(title: string, body: readonly string[]): ServiceId[] {
  const said = [title, ...body.filter((s) => !notAStatus.test(s) && !worksInstead.test(s))].join('\n');
  const named = new Set([...servicesInText(said), ...servicesOfIssueIds(`${title}\n${body.join('\n')}`)]);
  return SERVICE_IDS.filter((id) => named.has(id));
}

const EXCHANGE_SERVICES: readonly ServiceId[] = ['exchange', 'outlook'];

/**
 * Readings of recent posts: feeds serve the same text check after check, and reading is the costliest step of
 * parsing. Pure input → output, so a reading can be reused; bounded so a long run cannot grow it.
 */
const recent = new Map<string, Reading>();
const RECENT_MAX = 200;

export function readPost(post: Post): Reading {
  const key = JSON.stringify([post.title, post.text, post.status, post.classification, post.listedAsActive, post.base, post.services]);
  const known = recent.get(key);
  if (known) return known;
  const reading = readAfresh(post);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(key, reading);
  return reading;
}

function readAfresh(post: Post): Reading {
  const title = post.title.trim();
  // A post's own "Title:" line is a headline too: it says what fails, not that it fails now.
  const lines = sentences(post.text.replace(INLINE_SECTION, '\n'));
  const headline = [...sentences(title), ...lines.filter((s) => TITLE_LABEL.test(s))];
  const body = lines.filter((s) => !TITLE_LABEL.test(s));
  const all = [...headline, ...body];
  const current = newestStatus(post.text);
  const impact = readImpact(headline, body);
  const status = norm(post.status);
  const classification = norm(post.classification);
  const services = post.services ? [...post.services] : servicesNamed(title, body);

  const said = happened(current);
  const recoveredNow = sentences(said).some((s) => recovered.test(s) && !history.test(s)) || resolved.test(said);
  const followUp = !!post.listedAsActive && impact.past && !impact.current && recoveredNow;
  const opening = post.text.slice(0, 300);
  const review = afterTheFact.test(`${title}\n${opening}`) || WHAT_HAPPENED.test(opening);

  // A health message with no impact words that says all is well ("Everything is looking good") is no incident.
  const noImpact = !impact.current && !impact.past && !impact.whole;
  const clear = noImpact && allClear.test(`${title}\n${post.text}`);
  // Only a view of reports, metrics or admin posts fails: people can still use the service.
  const statements = impactStatements(headline, body);
  const displayOnlyImpact =
    statements.length > 0 &&
    statements.every((s) => {
      const besides = displayOnly.remove(s);
      return displayOnly.test(s) && !loss.test(besides) && !degradation.test(besides);
    });
  let severity = severityFromStructure(status, classification);
  if (!severity) {
    if (clear) severity = 'info';
    // A notice of a potential issue with no impact known yet is an advisory.
    else if (
      advisoryTitle.test(title) ||
      displayOnlyImpact ||
      followUp ||
      (post.listedAsActive && review) ||
      (noImpact && noImpactYet.test(post.text))
    )
      severity = 'advisory';
    else if (impact.whole && !impact.few && !recoveredNow && !mostlyRecovered.test(current)) severity = 'outage';
    else if (impact.current || impact.past || impact.whole) severity = 'degraded';
    else severity = post.base ?? 'degraded';
  }

  // "Mitigated" while the same status still names current impact ("… are temporarily unavailable"): not over.
  // "Recovered" beside impact that remains ("Impact is currently limited to Outlook on the web", a RECOVERED
  // list for the rest): the recovery is under way, not done and watched.
  // A sentence that says the failure stopped ("users are no longer experiencing delays") or mostly stopped
  // ("has significantly reduced the number of errors") hurts no more, nor one that names it as what a fix is for
  // ("optimizations to … reduce latency") or what watching is for ("to ensure that latency is alleviated"), nor a
  // finding that tells why it happened ("has identified that users are unable to … due to …") unless it says the
  // failure goes on ("still unable").
  // Each sentence with its words of no work now blanked (`told`), worked out once.
  const impactNow = sentences(current)
    .map((s) => ({ s, told: saidBeside(s) }))
    .filter(({ s, told }) => {
      if (history.test(s) || recovered.test(told) || resolved.test(told) || mostlyRecovered.test(s)) return false;
      return !finding.test(s) || stillNow.test(s);
    });
  const failureIn = (told: string) => {
    const failure = remedyObject.remove(told);
    return loss.test(failure) || degradation.test(failure);
  };
  // Any failure named keeps a status from over; only impact said to go on ("some users are still unable", "residual
  // delays", "Impact is currently limited to …") also keeps a fix done and watched from "monitoring": a failure told
  // beside it ("a recent change is causing timeouts") is mostly the cause explained.
  const impactNamed = impactNow.some(({ told }) => failureIn(told));
  const impactOngoing = impactNow.some(({ told }) => (failureIn(told) && stillNow.test(told)) || impactGoesOn.test(told));
  // Service health closes an incident with "Final status:"; a "Current status:" that says it recovered is
  // still open, being watched.
  const openStatus = CURRENT_LABEL.test(post.text) && !final.test(post.text);
  const newest = phaseOf(current, said);
  const fromText = newest === 'resolved' && openStatus ? 'monitoring' : newest;
  // A "Final status:" closes the incident even while it names the impact it ended.
  const stepBack = fromText === 'monitoring' ? impactOngoing : impactNamed;
  const fromWords = stepBack && !final.test(current) ? (STEP_BACK_WHILE_HURTING[fromText] ?? fromText) : fromText;
  // A review, a post that opens with a window that has ended ("Between 18:13 UTC on 12 Aug and 3:30 UTC on
  // 13 Aug 2022, a subset of customers …"), or impact told only as history, is about an incident that is over;
  // past-tense impact followed by a promise of the next update is not.
  const over =
    review ||
    resolvedTitle.test(title) ||
    endedWindow.test(opening) ||
    (impact.past && !impact.current && (endedWindow.test(post.text) || (fromWords === 'investigating' && !updatePromised.test(post.text))));
  let phase: Phase;
  if (RESOLVED_STATUSES.has(status)) phase = 'resolved';
  else if (status) phase = furthest(STATUS_PHASE[status] ?? 'investigating', stillActive(fromWords));
  // A review the feed still lists is about an incident that is over: watched at most, whatever its words of how
  // the fix went ("How did we respond?").
  else if (post.listedAsActive) phase = stillActive(review ? 'resolved' : fromWords);
  else if (over || clear) phase = 'resolved';
  else phase = fromWords;

  const named = services.some((s) => EXCHANGE_SERVICES.includes(s));
  const surfaces = named ? surfacesIn(all) : [];
  return {
    severity,
    phase,
    services,
    partial: severity !== 'outage' && (impact.limited || surfaces.length > 0),
    surfaces,
    followUp,
    phaseSaid: phase !== 'investigating' || lookingInto.test(current) || stillLooking.test(current),
  };
}
