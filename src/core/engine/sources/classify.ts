/**
 * Reading status from prose (Azure feed items, status.cloud.microsoft posts), as a careful person would:
 * - severity from what customers experience, with the limits Microsoft puts on it ("intermittent",
 *   "a subset of customers", "retries are likely to succeed");
 * - phase from the newest status paragraph, not from any word anywhere in the text.
 * The phrase tables come from Microsoft's real posts (tests/fixtures/real) and its Service health vocabulary.
 * Kept in one place so every adapter reads the words the same way.
 */
import type { MicrosoftStatus, Phase, Severity } from '../model';

/** What customers cannot do: an outage unless the words around it limit it. */
const OUTAGE_SIGNALS =
  /\bloss of (availability|connectivity|service|access)\b|\b(unable|not able|could not|cannot|can't|failed|fail(s|ing)?|failures?) (to |when |while )?(access|connect|sign[ -]?in|log ?in|load|reach|use|send|receive|authenticat\w*|start)\w*|\bdifficult(y|ies) (with )?(access|connect|sign|reach|us|load)\w*|\bconnectivity (issues?|failures?|problems?|loss|errors?)\b|\bconnection (failures?|errors?|timeouts?|issues?)\b|\btimeouts?,?( and| or)? (errors?|failures?)\b|\berrors?,? (and|or) timeouts?\b|\b(service )?(outage|interruption)\b|\bunavailab(le|ility)\b|\binaccessible\b|\bunreachable\b|\bnot (available|accessible|reachable)\b/gi;

/** Words just before a signal, in the same list item, that make it partial: "intermittent connectivity failures". */
const NEAR_LIMITER =
  /\b(intermittent(ly)?|occasional(ly)?|sporadic(ally)?|partial(ly)?|some|a (small )?subset of|a small (number|percentage) of|limited|minor|brief(ly)?|slight(ly)?)\b[^.;:,]{0,40}$/i;

/** Words just after a signal that make it partial: "unable to access some features in Outlook". */
const AFTER_LIMITER =
  /^[^.;]{0,40}\b(some|certain|specific|particular) (features?|functionality|functions|images|attachments|messages|e-?mails|mailboxes|options|settings|scenarios|pages)\b|^[^.;]{0,60}\bin (some|certain|limited|rare) (cases|scenarios|instances)\b/i;

/** Words anywhere in the same sentence that limit who is affected. */
const SENTENCE_LIMITER =
  /\b(a (small )?subset of|a (small|limited) number of|a small percentage of|some) (customers|users|requests|tenants|organi[sz]ations)\b/i;

/** Words in the newest status that say most traffic already gets through. */
const RECOVERING =
  /\bretries (are|were|should be|may be|may|will) (likely to )?(succeed|be successful|successful)\b|\bmajority of (customers|users|requests)\b[^.]{0,30}\bnot (seeing|experiencing|impacted|affected)\b|\bmost (customers|users|requests|traffic)\b[^.]{0,40}\b(see|seeing|experience|experiencing)\b[^.]{0,20}\b(recovery|improvement|success)\b|\b(significant|substantial|majority of)\b[^.]{0,20}\b(recovery|improvement)\b|\bimpact (is|has been) (largely|mostly|significantly) (reduced|mitigated)\b/i;

const DEGRADATION =
  /\bdegrad(ed|ation)\b|\blatenc(y|ies)\b|\bslow(ness|er)?\b|\bdelay(s|ed)?\b|\bintermittent\b|\bperformance\b|\berrors?\b|\btimeouts?\b|\bfailures?\b/i;
/** Labels for posts that guide or look back rather than report an ongoing failure. */
const ADVISORY = /\badvisory\b|\bguidance\b|\bplanned maintenance\b|\brecommendations?\b|\bpost[- ]incident review\b|\bPIR\b/i;

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
}

/** True when some sentence names an outage signal that nothing around it limits. */
function unlimitedOutage(text: string): boolean {
  return sentences(text).some((sentence) => {
    if (SENTENCE_LIMITER.test(sentence)) return false;
    if (RECOVERING.test(sentence)) return false;
    for (const match of sentence.matchAll(OUTAGE_SIGNALS)) {
      const before = sentence.slice(0, match.index);
      const after = sentence.slice(match.index + match[0].length);
      if (!NEAR_LIMITER.test(before) && !AFTER_LIMITER.test(after)) return true;
    }
    return false;
  });
}

/**
 * Severity from prose: `title` (Microsoft's label for the post), `text` (the whole post), `status` (the
 * newest status paragraph). `base` is what the source's nature implies when the words say nothing.
 */
export function severityFromText(parts: { title: string; text: string; status: string }, base: Severity): Severity {
  if (ADVISORY.test(parts.title)) return 'advisory';
  if (unlimitedOutage(`${parts.title}\n${parts.text}`)) {
    // Impact stated in the past while the newest status says traffic gets through, or it is mitigated.
    return RECOVERING.test(parts.status) || RESOLVED.test(parts.status) ? 'degraded' : 'outage';
  }
  // `search`, not `test`: OUTAGE_SIGNALS is global (for matchAll) and `test` would move its lastIndex.
  if (DEGRADATION.test(parts.text) || parts.text.search(OUTAGE_SIGNALS) >= 0) return 'degraded';
  return ADVISORY.test(parts.text) ? 'advisory' : base;
}

const RESOLVED =
  /\b(has|have) been (fully )?(resolved|mitigated|restored)\b|\b(is|are) (now )?(fully )?(resolved|mitigated|restored)\b|\bservice (has been )?restored\b|\bconfirmed (full )?(mitigation|recovery)\b|\bno longer (experiencing|seeing|impacted|affected)\b|\bthis is the final update\b|\bfinal status\b/i;
/** Mitigation finished, now watching: "we have rolled back the change and are monitoring". */
const DONE_AND_WATCHING =
  /(\bhave|\bhas|'ve) (successfully |now |fully )?(rolled back|reverted|completed|applied|deployed|finished)\b|\b(services?|impact|customers?|traffic) (have|has) (largely |fully |now |mostly )?recovered\b|\bmonitor(ing)? (the service )?(for stability|to ensure|to confirm|for full recovery)\b|\bextended recovery\b/i;
/** Mitigation under way. */
const MITIGATING =
  /\bappl(y|ies|ied|ying)\b|\b(deploy|roll(ing|ed)? (out|back)|implement|revert|fail(ing|ed)? over|rerout|redirect|restor|recover|remediat|load[ -]shed|mitigat)(s|e|es|ing|ed|ion|ions)?\b/i;
/** Work still in progress: beats "monitoring", which Microsoft also writes while a fix rolls out. */
const IN_PROGRESS =
  /\b(actively |currently )?(deploying|applying|rolling out|rolling back|implementing|recovering|restoring|redirecting|rerouting|failing over)\b|\bcontinu(e|ing) to (apply|deploy|roll|evaluate|work|recover|restore)\b|\bin progress\b/i;
/** Still looking: "exploring mitigation options" is not mitigating yet. */
const STILL_LOOKING =
  /\b(exploring|considering|identifying|evaluating|investigating) (potential |possible |various |several |all )?(mitigation|options|workstreams)/gi;

/** Phase from the newest status text (see `newestStatus`). */
export function phaseFromText(status: string): Phase {
  if (RESOLVED.test(status)) return 'resolved';
  const acting = status.replace(STILL_LOOKING, ' ');
  const inProgress = IN_PROGRESS.test(acting);
  if (DONE_AND_WATCHING.test(acting) && !inProgress) return 'monitoring';
  if (inProgress || MITIGATING.test(acting)) return 'mitigating';
  return 'investigating';
}

/** Paragraphs that carry no status of their own. */
const BOILERPLATE =
  /^(we will provide (additional|more|further) (information|updates?)|this message was last updated|for (additional|more) (recovery options|information)|(the )?next update|stay informed)/i;
const STATUS_LABEL = /^(current status|status update|update|final status|latest update)\s*:\s*/i;

/**
 * The part of a post that speaks for now: from a "Current status:" label to the end, else the last
 * paragraph that says more than boilerplate, else the whole text.
 */
export function newestStatus(text: string): string {
  const paragraphs = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (STATUS_LABEL.test(paragraphs[i]!)) {
      return paragraphs.slice(i).join('\n').replace(STATUS_LABEL, '').trim() || text;
    }
  }
  const substantive = paragraphs.filter((p) => !BOILERPLATE.test(p));
  return substantive.at(-1) ?? text;
}

/**
 * For an item the source still lists as active: prose may say "mitigated for most users", but while the
 * source's own status (or the item's presence in a feed that drops resolved items) says active, it is at
 * most recovering, never resolved. Words never turn an active status green.
 */
export function stillActive(phase: Phase): Phase {
  return phase === 'resolved' ? 'monitoring' : phase;
}

/** A status.cloud.microsoft `Status` value (EBSPostStatusStrings), normalised. */
export type CloudStatus = 'healthy' | 'restored' | 'degradation' | 'interruption' | 'unknown';

/** Anything outside the declared values counts as "Unknown" for that one row: fail closed, but only there. */
export function normaliseCloudStatus(raw: unknown): CloudStatus {
  if (typeof raw !== 'string') return 'unknown';
  switch (raw.toLowerCase().replace(/\s+/g, '')) {
    case 'available':
    case 'operational':
      return 'healthy';
    case 'servicerestored':
      return 'restored';
    case 'servicedegradation':
      return 'degradation';
    case 'serviceinterruption':
      return 'interruption';
    default:
      return 'unknown';
  }
}

export const CLOUD_STATUS_WORDS: Record<Exclude<CloudStatus, 'healthy'>, MicrosoftStatus> = {
  restored: 'serviceRestored',
  degradation: 'serviceDegradation',
  interruption: 'serviceInterruption',
  unknown: 'unknown',
};
