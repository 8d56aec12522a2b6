/**
 * The words Status Lens reads in Microsoft's prose, as data: one list per idea, each followed by its examples
 * (`<LIST>_EXAMPLES`): sentences that must match and sentences that must not (tests/unit/core/reading.test.ts runs
 * every one; the extension does not ship them). To extend a rule, add a phrase and the real sentence that needed
 * it to `must`; add to `mustNot` the sentence it must leave alone.
 *
 * Phrase syntax (compiled by `compile` in ./match): lower-case words matched whole and case-insensitively, in
 * text whose contractions are written out ("we've" is read as "we have", "can't" as "cannot");
 * a space also matches a hyphen or several spaces; `*` continues a word ("degrad*" = degraded, degradation);
 * `(a|b)` is a choice and `(a|b)?` an optional one; `#` is a number and `%` a percent sign or the word ("less than #%" also reads "less than 1 percent"; `#%` is a part, never 100%); ` … ` between words is up to 80
 * characters of the same sentence (of the same clause, for a list with `reach: 'clause'`), or none, ` … … ` up to 160
 * and ` … … … ` up to 240; `…` inside a group is the same without the spaces ("(… )?"), and takes as few words as it can;
 * other characters are literal (`[`, `]`, `:`), so a spelling variant is a choice: "(stabilized|stabilised)".
 *
 * Where these come from: Microsoft's Service health vocabulary, the real posts in tests/fixtures/real and the
 * "dev" part of tests/fixtures/reading/corpus.json, and the sentences quoted in issue 18.
 */

import type { Reach } from './match';

/** One idea's phrases; what a match means is the list's doc comment (comments are not shipped, a field would be). */
export interface PhraseList {
  readonly phrases: readonly string[];
  /** `clause`: ` … ` does not cross a comma. Default `sentence`. */
  readonly reach?: Reach;
}

/**
 * The sentences that pin a list, in their own constant right after it (`<LIST>_EXAMPLES`) so that the extension
 * does not ship them: nothing outside the tests imports them, and the bundler leaves them out.
 */
export interface PhraseExamples {
  /** Real or Microsoft-style sentences that must contain a match. */
  readonly must: readonly string[];
  /** Sentences that must not. */
  readonly mustNot: readonly string[];
}

/**
 * "Retries are likely to succeed": requests fail now and then, most get through (NOW_AND_THEN, FEW_AFFECTED). It tells
 * how the failure behaves, not that recovery is under way (no MOSTLY_RECOVERED).
 */
const RETRIES_SUCCEED = 'retries (are|were|should be|may be|may|will|might) (likely to )?(succeed|be successful|successful)';
/**
 * The Microsoft 365 admin-center status page's own words while all is well ("This site is updated when service
 * issues are preventing …"): a description of the page, no status (NOT_A_STATUS), and an all-clear (ALL_CLEAR).
 */
const QUIET_PAGE_TEXT = 'this (site|page) is (only )?updated when';

/**
 * The word that marks what a remedy is done to as part of the incident ("the affected mailboxes", "the remaining
 * stuck messages", "all corrupted cache entries"); the noun after it is not read. The same verbs on anything else are
 * ordinary work: "we're reindexing a test mailbox", "we've rebuilt the timeline of events", "we've rotated a
 * certificate earlier today, and we're investigating whether …".
 */
const INCIDENT_MARK =
  '(the |all |all of the |all the |our |these |those |any )?(affected|impacted|remaining|degraded|unhealthy|faulty|corrupted|stale|stuck|failed|failing|delayed|quarantined|offending|problematic|misconfigured|expired|missing|deleted|backlogged|queued|incorrect|broken|overloaded|malicious|runaway)';

/**
 * The verbs of a remedy, as Microsoft's engineers do it ("we're reindexing …") and as done ("we've reindexed …"),
 * with what they are done to: by default a part of the incident (INCIDENT_MARK), or the object a verb needs.
 * MITIGATION_UNDER_WAY and FIX_DONE read them with Microsoft as the subject.
 */
const REMEDIES: readonly { doing: string; done: string; object?: string }[] = [
  { doing: 'reindexing|re-indexing|rebuilding', done: 'reindexed|re-indexed|rebuilt' },
  { doing: 'purging|flushing|clearing', done: 'purged|flushed|cleared' },
  { doing: 're-provisioning|reprovisioning', done: 're-provisioned|reprovisioned' },
  { doing: 'resyncing|re-syncing|resynchronizing', done: 'resynced|re-synced|resynchronized' },
  { doing: 'renewing|rotating|replacing', done: 'renewed|rotated|replaced' },
  { doing: 'upgrading|patching|hotfixing', done: 'upgraded|patched|hotfixed' },
  {
    doing: 'rebooting|recycling|restarting',
    done: 'rebooted|recycled|restarted',
    // Infrastructure restarted is a remedy whether or not it is called "affected"; a test machine is not ("a …").
    object: `(${INCIDENT_MARK} |the |our |all (the |of the )?)(* )?(* )?(services|servers|nodes|instances|infrastructure|machines|hosts|components|processes|application pools|app pools)`,
  },
  { doing: 'draining|migrating|moving', done: 'drained|migrated|moved' },
  { doing: 'reconfiguring|correcting|repairing', done: 'reconfigured|corrected|repaired' },
  { doing: 'resubmitting|requeuing|re-queuing|replaying|redelivering', done: 'resubmitted|requeued|re-queued|replayed|redelivered' },
  { doing: 'regenerating|recalculating|restating|backfilling', done: 'regenerated|recalculated|restated|backfilled' },
  { doing: 'unblocking|whitelisting|allow-listing|allowlisting', done: 'unblocked|whitelisted|allow-listed|allowlisted' },
  { doing: 'optimizing|optimising|tuning', done: 'optimized|optimised|tuned' },
  { doing: 'throttling|blocking|terminating|killing', done: 'throttled|blocked|terminated|killed' },
  { doing: 'updating', done: 'updated', object: '(the )?dns (records|entries)' },
  { doing: 'rolling out|pushing', done: 'rolled out|pushed', object: '(the|our) (* )?(fix|fixes|hotfix|patch|mitigation)' },
  {
    doing: 'taking|removing',
    done: 'taken|removed',
    object: `${INCIDENT_MARK} (* )?(nodes|servers|machines|hosts|instances) (out of|from) (rotation|service|the load balancer)`,
  },
  {
    doing: 'provisioning|adding',
    done: 'provisioned|added',
    object: `(additional|more|extra|new) (capacity|resources|servers|nodes) (to|in|for|across|within) ${INCIDENT_MARK}`,
  },
  // "Paused" is no fix done: a fix's own rollout is paused when it goes wrong (FIX_DONE pauses maintenance only).
  {
    doing: 'stopping|pausing|halting',
    done: 'stopped|halted',
    object: '(the|a|an) (faulty|offending|problematic|runaway|stuck) (* )?(job|jobs|process|processes|operation|operations)',
  },
];

const WHO_FIXES = '(we|engineers|the team|our team|microsoft)';
/** How Microsoft is doing a remedy ("we're now actively flushing …"); the phrases allow two in a row. */
const HOW_NOW = '(now |currently |actively |still |also |gradually |progressively |manually |carefully )?';
/** How Microsoft has done one ("we've since manually restarted …"); two in a row as well. */
const HOW_DONE = '(now |since |successfully |manually |already |also |fully )?';

/** "We're reindexing the affected mailboxes": a remedy under way (MITIGATION_UNDER_WAY). */
const REMEDY_UNDER_WAY_PHRASES = REMEDIES.map(
  ({ doing, object }) => `${WHO_FIXES} (are|is) ${HOW_NOW}${HOW_NOW}(${doing}) ${object ?? INCIDENT_MARK}`,
);
/** "We've reindexed the affected mailboxes": a remedy done (FIX_DONE). */
const REMEDY_DONE_PHRASES = REMEDIES.map(
  ({ done, object }) => `${WHO_FIXES} (have|has) ${HOW_DONE}${HOW_DONE}(${done}) ${object ?? INCIDENT_MARK}`,
);

/** Customers cannot use the service at all: an outage, unless limited (see the limiter lists). */
export const LOSS_OF_SERVICE: PhraseList = {
  phrases: [
    'loss of (availability|connectivity|service|access)',
    '(is|are|was|were) (currently |completely |fully )?down (for|across|in|worldwide|globally)',
    'prevent(s|ing) (users|customers|people|admins|players) from (accessing|signing in|connecting|logging in|reaching|using)',
    '(unable|not able|could not|cannot|can not) (to )?(access*|connect*|sign in*|log in*|login|reach*|authenticat*|send or receive|start)',
    'fail* to (access|connect|sign in|log in|reach|authenticate)',
    '(timeouts|failures|errors) when (attempting to |trying to )?(access*|connect*|sign* in)',
    'difficult* (with )?(access*|connect*|signing in|reaching)',
    'connectivity (failures|loss|outage)',
    'connection (failures|timeouts)',
    'timeouts,? (and|or) errors',
    'errors,? (and|or) timeouts',
    '(service )?outage',
    'service interruption',
    'unavailab*',
    'inaccessible',
    'unreachable',
    'not (available|accessible|reachable)',
  ],
};

export const LOSS_OF_SERVICE_EXAMPLES: PhraseExamples = {
  must: [
    'Xbox Live services are down for all players.',
    'A recent code change is preventing users from accessing Outlook on the web.',
    'we began experiencing Azure Front Door issues resulting in a loss of availability of some services.',
    'Customers may be unable to access the Azure portal and Microsoft 365 admin center.',
    'Users may be unable to sign in to Microsoft services.',
    'Users may be unable to access Outlook on the web intermittently.',
    'Less than 1% of customers may be unable to sign in.',
    'customers may experience latencies, timeouts and errors when accessing services.',
    'Users may experience errors and timeouts when accessing Outlook on the web.',
    'Some users may have encountered failures when accessing Microsoft Copilot chat.',
  ],
  mustNot: [
    "We've scaled down the affected infrastructure.",
    'The issue prevented users from signing in earlier today.',
    'Customers may experience increased latency when connecting to resources.',
    'customers using Azure Front Door could be experiencing connectivity issues.',
    'Users may be unable to use the search function in Outlook on the web.',
    'Users may be unable to load add-ins.',
    'Our engineering teams are investigating.',
  ],
};

/** Something works worse than it should: at least a degradation. */
export const DEGRADATION: PhraseList = {
  phrases: [
    'degrad*',
    'latenc*',
    'slow*',
    'delay*',
    'intermittent*',
    '(poor|reduced|slow|impacted|suboptimal) performance',
    'performance (issue*|problem*|degradation|impact*)',
    'error*',
    'timeout*',
    'time out',
    'fail',
    'fails',
    'failing',
    'failure*',
    'failed',
    '(connectivity|connection|access|sign in|login) (issue|issues|problem|problems)',
    '(unable|not able|cannot|can not)',
    'may not (be able|receive|see|load|work|function|display)',
    'not (working|functioning|loading|displaying|showing|syncing|updating) (as expected|correctly|properly)?',
    'unexpected*',
    'incorrect*',
  ],
};

export const DEGRADATION_EXAMPLES: PhraseExamples = {
  must: [
    'Customers may experience increased latency when connecting to resources.',
    'customers using Azure Front Door could be experiencing connectivity issues.',
    'Users may be unable to load add-ins.',
    'Users with an ESN policy will see unexpected delivery results.',
  ],
  mustNot: [
    'We are reviewing our recent changes.',
    'This is an informational message.',
    'We confirmed that the impacted infrastructure self-restored, and service returned to expected performance levels.',
    "We've completed the failover of the affected Azure SQL Database resources to a healthy region.",
  ],
};

/**
 * A title that guides rather than reports a failure. A review ("Post Incident Review") is not one: it tells
 * the incident's impact, and is advisory only as a follow-up in a feed that lists it as active (AFTER_THE_FACT).
 */
export const ADVISORY_TITLE: PhraseList = {
  phrases: ['advisory', 'guidance', 'planned maintenance', 'recommendation*'],
};

export const ADVISORY_TITLE_EXAMPLES: PhraseExamples = {
  must: ['Guidance for customers using CrowdStrike on Windows VMs', 'Planned maintenance: Exchange Online'],
  mustNot: [
    'Azure Front Door - Connectivity issues',
    'Issues connecting to resources in West US',
    'Post Incident Review (PIR) – Network Connectivity Issues (Tracking ID 7SHM-P88)',
  ],
};

/**
 * What fails is how something looks, or a view of monitoring or admin data (usage reports, metrics, Service
 * health posts), not the service people use: told as the whole impact, an advisory. Microsoft itself
 * classifies such issues as advisories (EX415080, MO545715, CS381143 in the corpus).
 */
export const DISPLAY_ONLY: PhraseList = {
  phrases: [
    'cosmetic*',
    '(display*|shown|show*|render*|appear*) (incorrectly|inaccurately|wrongly|improperly|truncated|garbled|out of order)',
    '(incorrect|inaccurate|wrong|truncated|garbled|duplicated?) … (icons?|labels?|names?|text|counts?|titles?|thumbnails?|formatting|time ?stamps?|dates?|colou?rs?)',
    '(view*|display*|see|seeing|download*|show*|load*|access*) … (report*|metric*|dashboards?|graphs?|usage data|message center|service health)( posts?)?',
    '(report*|metric*|graphs?|dashboards?|usage data) (may )?(have )?(be |been |are |were |appear*|is )?(delayed|empty|missing|incomplete|inaccurate|incorrect|unavailable|stale|blank)',
    '(report*|metric*|usage data) … (did not|do not|does not|may not|might not) (contain|show|display|include|reflect|appear)',
    '(changes|settings) … (did not|do not|does not|may not|might not) propagat*',
  ],
};

export const DISPLAY_ONLY_EXAMPLES: PhraseExamples = {
  must: [
    'Admins may not have been able to view Service Health Dashboard (SHD) and Message Center posts in the admin center.',
    'Admins’ Exchange Online mailbox usage reports may be delayed by up to a day in the Microsoft 365 admin center.',
    'a subset of customers may have experienced difficulties viewing Virtual Machines and/or other compute resource metrics.',
    'Virtual Machines - Metrics Unavailable',
    'Admins may notice that Microsoft Defender for Cloud Apps admin panel changes did not propagate to Microsoft Defender for Endpoint.',
    'Users may notice a cosmetic issue where the unread count displays incorrectly in Outlook on the web.',
    'Users may see incorrect time zone labels on calendar events in Outlook on the web.',
  ],
  mustNot: [
    'Users may be unable to access the Microsoft 365 admin center.',
    'Users may be unable to view their calendar in Outlook on the web.',
    'Users may be unable to see new email messages in Outlook on the web.',
    'Users may see incorrect free/busy information when scheduling meetings.',
    'Customers may be unable to access the Azure portal.',
  ],
};

/** Who is affected is limited: anywhere in the post, it makes a loss of service partial. */
export const FEW_AFFECTED: PhraseList = {
  phrases: [
    RETRIES_SUCCEED,
    '(a )?(small )?subset of',
    '(a )?(small|limited|few) (number|percentage|portion|proportion) of',
    'a portion of',
    'a fraction of',
    'some (users|customers|requests|tenants|organizations|organisations|people|accounts|mailboxes)',
    'certain (users|customers|tenants|organizations|organisations)',
    '(less|fewer) than #%',
    '#% of',
    '(specific|limited|isolated|restricted|confined) to',
    'only (users|customers|tenants|those|a)',
    // People picked out by what they use ("customers who use the legacy client"); services "that use Entra ID"
    // are all of them, so services are not a subset here.
    '(users|customers|tenants|accounts|mailboxes|organizations|organisations) (that|which|who) (require|use|rely on|are using|have enabled|are configured|are hosted|are served)',
  ],
};

export const FEW_AFFECTED_EXAMPLES: PhraseExamples = {
  must: [
    'For customers who are experiencing connectivity issues, retries are likely to be successful.',
    'A subset of customers may be unable to access their mailboxes.',
    'Less than 1% of customers may be unable to sign in.',
    'Impact is specific to some users who are served through the affected infrastructure.',
    'Some users may have encountered failures when accessing Microsoft Copilot chat.',
    'Customers who use the Outlook REST API may be unable to access their calendars.',
  ],
  mustNot: [
    'Users may be unable to access Outlook.',
    'Customers may be unable to access the Azure portal.',
    'Users who attempt to access Outlook on the web may be unable to sign in.',
    'Customers may be unable to sign in to Microsoft services that use Entra ID for authentication.',
  ],
};

/** How often or how much is limited: in the same clause as the signal, it makes it partial. */
export const NOW_AND_THEN: PhraseList = {
  phrases: [
    'intermittent*',
    'occasional*',
    'sporadic*',
    'partial*',
    'limited',
    'minor',
    'brief*',
    'slight*',
    'in (some|certain|limited|rare) (cases|scenarios|instances|circumstances)',
    RETRIES_SUCCEED,
  ],
};

export const NOW_AND_THEN_EXAMPLES: PhraseExamples = {
  must: [
    'Users may be unable to access Outlook on the web intermittently.',
    'Impacted customers may experience intermittent connectivity failures.',
    'Users may be unable to open shared mailboxes in some cases.',
    'Customers may be unable to connect; retries may succeed.',
  ],
  mustNot: ['Users may be unable to access Outlook.'],
};

/**
 * What cannot be done is one feature, not the service: next to the signal, in the same clause ("unable to
 * access some features", "management operations … are unavailable"), it makes a loss of service partial.
 */
export const ONE_FEATURE: PhraseList = {
  phrases: [
    'feature*',
    'function*',
    'add in*',
    'search*',
    'option*',
    'setting*',
    'button*',
    'attachment*',
    'image*',
    'preview*',
    'notification*',
    'reporting',
    '(usage|activity|analytics|admin|message trace|audit|custom|power bi) reports?',
    'rule*',
    'calendar*',
    'shared mailbox*',
    'public folder*',
    'archive*',
    'recording*',
    'link*',
    'menu*',
    'tab',
    'tabs',
    'pane',
    'panel*',
    'folder*',
    'management',
    '(control|management) plane',
    'operation*',
    'imap',
    'pop3?',
    'protocols?',
    'connection methods?',
    'ews',
    'exchange web services',
    'activesync',
    'mobile',
    'desktop',
    'client',
  ],
};

export const ONE_FEATURE_EXAMPLES: PhraseExamples = {
  must: [
    'Users may be unable to use the search function in Outlook on the web.',
    'Users may be unable to load add-ins.',
    'Users may be unable to access some features in Outlook on the web.',
    'Users may be unable to receive email through IMAP.',
    "We're investigating an issue where users can't access their mailboxes through multiple protocols.",
    'Users may be unable to access second level sub-menu links in the navigation bar of SharePoint Online hub sites.',
    'service management operations (create, update, delete, purge, etc.) are temporarily unavailable.',
    'Azure SignalR service experienced a control plane outage in North Central US.',
  ],
  mustNot: [
    'Users may be unable to access Outlook.',
    'Users may be unable to sign in to Microsoft services.',
    'we began experiencing Azure Front Door issues resulting in a loss of availability of some services.',
  ],
};

/** "Any features", "all functionality": the whole service after all, so a feature word beside it limits nothing. */
export const EVERY_FEATURE: PhraseList = {
  phrases: [
    '(any|all|every) (of (the|its|their) )?(features?|functions?|functionality|options?|operations?|services?|protocols?|connection methods?)',
    '(desktop|web|mobile|browser),? … (and|or) (desktop|web|mobile|browser)',
  ],
};

export const EVERY_FEATURE_EXAMPLES: PhraseExamples = {
  must: [
    'Users may be unable to use any features in Microsoft Teams.',
    'Users may be unable to access all functionality in Outlook on the web.',
    'Users are unable to sign in to Microsoft Teams on desktop, web and mobile.',
  ],
  mustNot: ['Users may be unable to access some features in Outlook on the web.', 'Users may be unable to use the search function.'],
};

/** Most traffic already gets through: the loss of service is no longer whole. */
export const MOSTLY_RECOVERED: PhraseList = {
  phrases: [
    'majority of (the )?(impacted |affected )?(customers|users|requests|traffic|services|infrastructure)( (are|is|have|has) (recover*|restored|seeing recovery))?',
    'most (customers|users|requests|traffic)',
    '(availability|success rate) (is )?(now )?(at|above|back to) #%',
    '(full )?(restoration|recovery) (is )?(almost|nearly|mostly|largely) complete',
    '(significant|substantial|steady|continued) (recovery|improvement)',
    'impact (is|has been) (largely|mostly|significantly) (reduced|mitigated)',
    '(has|have) (been )?(significantly|substantially|greatly|considerably) reduced (the )?(number of |rate of |volume of )?(errors|failures|impact|latency|timeouts)?',
    '(significant|substantial|considerable|marked|sharp|vast|dramatic|large) (reduction|decrease|drop|decline) in (the )?(number of |rate of |volume of )?(errors|failures|timeouts|latency|delays|failed requests|failed connections|failed sign ins|failed operations)',
  ],
};

export const MOSTLY_RECOVERED_EXAMPLES: PhraseExamples = {
  must: [
    'Most customers should be seeing recovery.',
    'We are seeing significant improvement in availability.',
    'Our telemetry indicates that a majority of impacted services are recovering following our change.',
    'Availability is at 99.9%, with full restoration almost complete.',
    'Our telemetry indicates that disabling the impacting updates has significantly reduced the number of errors.',
    'Engineers applied a mitigation at 16:30 UTC and we have observed a significant reduction in failures.',
    "The updated configuration is now in place across all affected regions, and we've seen a significant reduction in failed requests.",
  ],
  mustNot: [
    'Users may be unable to access Outlook.',
    'We are investigating the cause.',
    'Deployment of the fix is almost complete.',
    // How an intermittent failure behaves, not recovery (Azure's "Retries may be successful. Engineers are investigating").
    'Retries may be successful.',
    'The service is continuing to recover.',
  ],
};

/**
 * Impact told in the past tense ("customers experienced", "may have been unable"). It is history unless the
 * same sentence opens a window that has not closed (see OPEN_START): Microsoft writes "Starting at 14:44 UTC,
 * customers may have experienced …" about an incident still going on.
 */
export const PAST_TENSE: PhraseList = {
  phrases: [
    'experienced',
    'encountered',
    '(was|were) (unable|not able|impacted|affected|unavailable|degraded|delayed|experiencing)',
    '(may|might|could) have (been|experienced|encountered|seen|had|received|noticed)',
    'had (been )?(issues|difficult*|problems|trouble)',
    'customers who (were|had been)',
    'previously (identified|reported|impacted|affected|experienced|seen|observed)',
    // A cause told after the fact ("a configuration change … which caused the outage").
    'caused the (outage|issue|impact|incident|problem)',
    'resulted in (the )?(impact|outage|issue)',
    '(impact|outage|issue|incident|problem) (was|were) caused by',
    '(introduced|contained) … resulting in (the |this )?(impact|issue|outage)',
    'ultimately led to (a |an |the )?… (outage|impact|failures|issue|incident|errors|delays)',
    '(users|customers|admins|people|tenants|organizations) (saw|noticed|faced|ran into) (… )?(delays|errors|failures|issues|problems|latency|timeouts|impact|an error|outages)',
  ],
};

export const PAST_TENSE_EXAMPLES: PhraseExamples = {
  must: [
    'Some North American Exchange Online customers saw email delays beginning around 6:30 AM EDT on Tuesday, June 24th, 2014.',
    'Between 15:45 UTC on 29 October and 00:05 UTC on 30 October 2025, customers and Microsoft services leveraging Azure Front Door (AFD) experienced latencies, timeouts, and errors.',
    'Users may have been unable to access Outlook.',
    'We identified an inadvertent error with a configuration change in the back-end service which caused the outage.',
    "We've isolated that impact was caused by a recent deployment that incorrectly removed the Inventory apps.",
    'The overload triggered delays, automatic failovers, and ultimately led to a database outage.',
  ],
  mustNot: [
    'Starting at 16:10 UTC on 07 Sep 2022, customers using Azure Front Door could be experiencing connectivity issues.',
    'Users may be unable to access Outlook on the web.',
  ],
};

/** A window opened and not closed: the impact goes on. */
export const OPEN_START: PhraseList = {
  phrases: ['starting (at|on|from|approximately)', 'beginning (at|on)', 'since #', 'began', 'ongoing'],
};

export const OPEN_START_EXAMPLES: PhraseExamples = {
  must: ['Starting at approximately 14:44 UTC on 23 July 2026, customers may have experienced intermittent connectivity failures.'],
  mustNot: ['Between 02:50 and 10:37 UTC on 27 Oct 2018, customers were unable to sign in.'],
};

/** A window with an end: the impact it frames is over. */
export const ENDED_WINDOW: PhraseList = {
  phrases: ['between (… )?#:# … and (until )?(… )?#:#', 'from #:# … (to|until) #:#'],
};

export const ENDED_WINDOW_EXAMPLES: PhraseExamples = {
  must: [
    'Between 15:45 UTC on 29 October and 00:05 UTC on 30 October 2025, customers experienced latencies.',
    'Between 08:00 UTC and until 13:20 UTC on 29 July 2022, customers may have experienced connectivity issues.',
    'From 23:10 UTC on 4 May to 01:30 UTC on 5 May, users could not sign in.',
    'SUMMARY OF IMPACT: Between July 20, 2017 21:41 UTC and July 21, 2017 1:40 UTC, a subset of customers may have encountered connectivity failures.',
    'Summary of impact: Between 10:54 and 18:45 UTC on 19 Sep 2018, a subset of customers using Log Analytics may have experienced latency.',
  ],
  mustNot: ['Starting at 16:10 UTC on 07 Sep 2022, customers could be experiencing connectivity issues.'],
};

/** A title that marks the incident over ("Resolved: RCA - …", "… [Recovered]"). */
export const RESOLVED_TITLE: PhraseList = {
  phrases: ['(resolved|recovered):', '[(resolved|mitigated|recovered)]'],
};

export const RESOLVED_TITLE_EXAMPLES: PhraseExamples = {
  must: ['Resolved: RCA - Network Infrastructure - UK South', '[RCA] Azure SignalR outage in East US [Recovered]'],
  mustNot: [
    'Issues resolved for some users while others still cannot sign in',
    'Azure Front Door - Connectivity issues',
    'Partially mitigated: Azure Front Door connectivity issues',
  ],
};

/** The post is a review written after the incident ended. */
export const AFTER_THE_FACT: PhraseList = {
  // "What happened?" as a heading is recognised in read.ts (a question mark is no phrase syntax).
  phrases: [
    'post incident review',
    'pir',
    'rca',
    '(preliminary |final )?root cause analysis (report|summary|has been published|is (now )?available|will be (provided|published))',
  ],
};

export const AFTER_THE_FACT_EXAMPLES: PhraseExamples = {
  must: [
    'This is our "Preliminary" PIR that we endeavor to publish within 3 days of incident mitigation.',
    'Resolved: RCA - Network Infrastructure - UK South',
  ],
  mustNot: [
    'We are investigating reports of connectivity failures.',
    // Analysis under way is no review of an ended incident (corpus dev, CP1326225).
    "We're performing root cause analysis on the underlying LLM infrastructure.",
    "We're conducting a preliminary root cause analysis while we continue to investigate the impact.",
  ],
};

/** The service works again, or is stable while Microsoft watches: recovered. */
export const RECOVERED: PhraseList = {
  phrases: [
    'stable',
    '(stabilized|stabilised)',
    '(is|are|remains?|has|have) (now )?(been )?(stabilized|stabilised|stabilizing|stabilising)',
    '(running|operating|working|performing|functioning) (as expected|normally|as normal)',
    'no longer (experiencing|seeing|impacted|affected|see|experience)',
    '(not|no longer) (observed|observing|seeing|seen|detecting|detected) (any )?(new |further |additional |more )?(elevated |increased |high )?(errors|failures|timeouts|impact|issues|error rates|failure rates|latency)',
    '(can|could) now (use|access|open) … as expected',
    '(confirmed|verified|validated|telemetry (shows|indicates)) (that )?(… )?(users|customers|admins) (can|could|are able to) (now )?(use|access|open) … as expected',
    // Failures that have not come back since the fix.
    '(not|never) (seen|observed|detected) (any )?(recurrence|reoccurrence|return) (of … )?(since|after|following)',
    '(have|has) not (recurred|reoccurred|returned|resurfaced) (since|after|following)',
    'no (further|new|additional) (errors|failures|timeouts|delays|impact|issues) since (the|we|our) (… )?(fix|mitigation|change|rollback|restart*|failover|deploy*|appl*|revert*|roll*|rerout*|redirect*|hotfix|patch|update)',
    'back to (a )?normal',
    '(failures|errors|issues|impact|delays|timeouts|problems|latency|latencies) (have|has) (now )?(stopped|ceased|subsided|abated|cleared)',
    '(failures|errors|delays|timeouts|latency|latencies) (… )?(have|has) (now )?(subsided|abated|ceased)',
    '(error rates?|errors|failures|failure rates?|latency|latencies|timeouts|delays) (* )?(* )?(* )?(* )?(* )?(* )?(have |has )?(now )?(dropped|declined|decreased|returned|fallen|come down) (back )?to (baseline|normal|expected|pre-incident|healthy)',
    'no longer (failing|timing out|delayed|unavailable|inaccessible)',
    '(issue|problem|impact|behavior|behaviour) (… )?(is|are|was) no longer (occurring|happening)',
    '(error rates?|failure rates?|latency|latencies|timeouts) (is|are) no longer elevated',
    '(errors|failures|delays|timeouts|crashes) (are|is) no longer (occurring|happening)(.|,|;)',
    '(errors|failures|delays|timeouts|crashes) (are|is) no longer (occurring|happening) (and|since|after|following|as|anywhere)',
    '(is|are) (now )?(accessible|available|reachable|working|functioning|loading|syncing|succeeding) again',
    '(now|again) (… )?without (any )?(further )?(delay|delays|errors|interruption|interruptions|failures)',
    '(are|is) (now )?being (delivered|processed|sent|received|synced) (as expected )?without (any )?(further )?(delay|delays|errors|interruption|interruptions|failures) (after|following|since)',
    '(telemetry|we are (seeing|observing|verifying|validating|confirming)|confirmed|indicates|shows) … (are|is) (now )?being (delivered|processed|sent|received|synced) (as expected )?without (any )?(further )?(delay|delays|errors|interruption|interruptions|failures)',
    '(we are|are|we have|have|now|telemetry) (seeing|observed|observing|shows|showing|indicates|indicating|confirmed) (a )?return to (normal|expected|baseline|healthy)',
    'back (up and running|online)',
    'returned … to (a )?(normal|healthy) state',
    '(requests|operations|connections|calls) … (complet*|succeed*) (successfully|as expected|normally)',
    '(should|can|are|is) now (be )?able to',
    'returned to (expected|normal)',
    'fully (recovered|restored|operational)',
    '(services?|impact|customers?|traffic|availability) (have|has) (largely |fully |now |mostly )?(recovered|been restored|returned)',
    'mitigated',
    'resolved',
    'restored',
    'recovered',
    '(is|are|was|were|has|have) (been )?self (resolving|resolved|healed|recovered|recovering)',
    '(returning|returned|back) (to|at) (expected|normal|pre-incident|healthy|optimal) (levels|rates|values|thresholds|performance)',
  ],
};

export const RECOVERED_EXAMPLES: PhraseExamples = {
  must: [
    "We've completed the failover and we've observed improvement, with error rates returning to expected levels.",
    'Service health telemetry shows that the service is back at optimal levels.',
    "We haven't seen any recurrence of the errors since the fix was applied at 14:00 UTC.",
    "Mail flow errors haven't recurred since the change was rolled back.",
    'Telemetry shows no further timeouts since the mitigation was applied.',
    "We've confirmed that the previously reported issue with Microsoft Purview compliance search is no longer occurring.",
    "We're no longer observing elevated failure rates.",
    "We've confirmed users can use compliance search as expected.",
    'The AFD & CDN delivery services continue to be stable and are running as expected.',
    'Customers are no longer experiencing issues.',
    'This issue has been mitigated.',
    'We confirmed that the impacted infrastructure self-restored, and service returned to expected performance levels.',
    'Everything is back up and running.',
    'Engineers applied a backend configuration change, which returned the service back to a normal state.',
    'Service team engineers from affected services confirmed all requests completed successfully.',
    'Users should now be able to access their mailboxes.',
    "We've deployed the fix and aren't seeing any new failures other than isolated retries, which we're monitoring.",
    'Since rerouting traffic away from the affected Azure Front Door edge sites, error rates have dropped to baseline.',
    'Latency for Azure Front Door requests has subsided since we shifted traffic to healthy infrastructure.',
    'Sign-in requests to Microsoft Entra ID are no longer failing now that the faulty certificate has been replaced.',
    'The failover has concluded and Outlook on the web is accessible again for affected users.',
    'Error rates for Microsoft Entra Connect Health returned to pre-incident levels shortly after our change was reverted.',
    'Our service telemetry shows that Teams chat messages are now being delivered without delay.',
    'New alerts are now appearing without delay.',
    "We're verifying that messages are being delivered without delay.",
    "We're seeing a return to normal error rates.",
    'Our review of the HAR network trace logs and the service health telemetry indicate that this issue is self-resolving.',
  ],
  mustNot: [
    "The sign-in failures are no longer occurring for users on the latest Teams version, but we're still analyzing why older versions are affected.",
    'Admins can use the Exchange admin center as expected; only PowerShell cmdlets are failing.',
    "We've not seen any return of the original failures, but a new issue is causing delays.",
    "Messages appear to be sent without errors, but recipients aren't receiving them.",
    'We are investigating reports of connectivity failures.',
    'We are deploying a fix.',
  ],
};

/**
 * The post closes the incident ("Final status:", "this is the final update"): over, whatever else it says. A
 * final update promised for later ("we'll provide a final update by 18:00 UTC") is not one.
 */
export const FINAL: PhraseList = {
  phrases: ['final status:', 'this is (the|our) final update', 'in a closure summary'],
};

export const FINAL_EXAMPLES: PhraseExamples = {
  must: [
    'Final status: We have confirmed that the impact is remediated.',
    'This is our final update on this incident.',
    // Service health's closing template for short incidents.
    'We\'ll provide additional information in a closure summary within the "History" section of the "Service health" dashboard shortly.',
  ],
  mustNot: [
    "We'll provide a final update by 18:00 UTC.",
    'Current status: We are deploying the fix.',
    "We'll provide a final status once the fix has finished saturating.",
  ],
};

/** Finished for good: the incident is over. */
export const RESOLVED: PhraseList = {
  phrases: [
    '(declaring|declared) (the )?(incident|issue|event|it) (mitigated|resolved)',
    '(has|have|had) (since |now )?been (fully |successfully )?(resolved|mitigated|restored|remediated|fixed|corrected|addressed)',
    '(outage|issue|incident|problem|event) is (now )?over',
    '(is|are|was|were) (now )?(fully )?(resolved|mitigated|restored|remediated)',
    '(issue|problem|incident) (is|was) (now )?(fixed|resolved)',
    'service (has been )?restored',
    'confirmed (full )?(mitigation|recovery|resolution)',
    'confirmed (that )?(the|this|impact|service|our|all)? …(resolved|restored|remediated|mitigated|recovered|fixed)',
    'confirmed … that … (is|are|has been|have been) (now )?(fully )?(recovered|restored|resolved|remediated|mitigated)',
    '(fix|change|rollback|deployment|mitigation) … (resolved|remediated|fixed|mitigated) (the|this|impact)',
    'no longer (experiencing|seeing|impacted|affected)',
    '(issue|problem|impact|behavior|behaviour) (… )?(is|are|was) no longer (occurring|happening)',
    'should no longer (experience|see|be (impacted|affected))',
    '(incident|issue|event) (is|has been) (now )?closed',
    '(completed|concluded|finished|ended) (our |the )?(monitoring|period of monitoring|monitoring period|observation period)',
    '(monitoring|observation) period (has |is )?(now )?(concluded|ended|complete|completed|over)',
    'consider* (this|the) (event|incident|issue) (to be )?(resolved|mitigated|closed|remediated)',
    '(finished|completed) monitoring',
    '(have|has) (fully |successfully )?(resolved|mitigated|remediated|fixed|addressed) (the |this )?(underlying )?(issue|problem|incident|impact|cause)',
    ...FINAL.phrases,
    '(has|have|was|were) (now )?been confirmed as (fully )?(resolved|restored|mitigated|remediated)',
    '(mitigation|resolution) (of … )?(has been|was|have been) confirmed',
  ],
};

export const RESOLVED_EXAMPLES: PhraseExamples = {
  must: [
    'Mitigation of the issue affecting Azure Active Directory has been confirmed by engineers.',
    'The impact has been confirmed as resolved.',
    'This issue has been mitigated.',
    "We've confirmed that the fix has resolved the issue.",
    'Final status: We have confirmed that the impact is remediated.',
    "We've mitigated the issue.",
    "We've addressed the issue.",
    "We've mitigated impact for EX649175.",
    'Users should no longer experience issues accessing Outlook.',
    'The issue causing delays has been corrected.',
    'The outage is over and all services are operational.',
    "We've resolved the underlying cause and users should see full functionality.",
    'This incident is now closed.',
    'The issue has since been resolved and the service is now functioning normally.',
    'Customers are no longer experiencing issues.',
    'We confirmed with previously affected customers and through our internal telemetry that Microsoft 365 services in New Zealand are fully recovered.',
    'After confirming recovery, engineers monitored the service for two hours before declaring the incident mitigated at 19:10 UTC.',
    "We've completed our monitoring and determined the issue is no longer occurring.",
    'The telemetry collected during our monitoring period confirms that mail flow remains healthy, and we consider this event resolved.',
    "We've finished monitoring the environment and confirmed that Microsoft Entra sign-ins are no longer failing.",
  ],
  mustNot: ['We are deploying a fix.', 'No mitigation is in place yet.'],
};

/** Mitigation is being carried out now: beats "monitoring", which Microsoft writes while a fix rolls out. */
export const MITIGATION_UNDER_WAY: PhraseList = {
  phrases: [
    ...REMEDY_UNDER_WAY_PHRASES,
    '(deploying|applying|rolling out|rolling back|implementing|recovering|restoring|redirecting|rerouting|redistributing|diverting|failing over|restarting|rebalancing|reverting|load shedding)',
    '(are|is|we|now|currently|continuing|continue) reversing (the|this|that|our) (… )?(change|update|deployment|configuration)',
    'scaling (out|up|the|our|capacity|resources)',
    'continu* to (deploy|roll|recover|restore|implement|reroute|redirect|rebalance|refine|adjust|tune|optimi*|scale)',
    '(we|engineers) (are )?(continue|continuing) to (restart|reboot|recycle|replace|rebuild)',
    '(finish|finishing) (the |our )?(rollback|roll back|deployment|rollout|restarts|failover|fix|reversion) (in|on|to|for|across) (the )?(remaining|final|last|rest|other)',
    '(continu*|working) to apply (the |our |a |an |additional |further |targeted )?(… )?(fix|fixes|mitigation|mitigations|change|changes|configuration|update|updates|patch|patches|hotfix|hotfixes|remediation|optimizations|workaround|workarounds)',
    '(continu*|working) to apply (it|them) (to|across|on|for|in)',
    '(our|continuing|continued|ongoing) work (on|to) (restor*|recover*|mitigat*|remediat*|deploy*|apply*|implement*|roll*|increas*|scal*|optimi*)',
    '(we are|engineers are|we|we have been|engineers have been) (currently |now |still )?in the process of (safely |actively |now |manually )?(deploying|applying|rolling|reverting|restarting|rerouting|redirecting|restoring|recovering|repairing|rebuilding|re-enabling|reenabling|enabling|disabling|releasing|initiating|cycling|transitioning|processing|backfilling|reprocessing|migrating|moving|implementing|remediating|mitigating|correcting|updating|fixing|reconfiguring|replacing|rebalancing|redistributing|removing|bringing|re-routing|re-directing|re-deploying|redeploying|re-starting|rebooting|reimaging|re-imaging|recycling|reallocating|provisioning|scaling|failing over|draining|shifting|completing)',
    'in the process of running (the |a |an |our )?(… )?(script|scripts|cmdlet|commandlet|job|jobs|fix|restarts|remediation|backfill)',
    '(working|continuing|continue) to (recover|restore|repair|rebuild|mitigate|remediate|resolve|stabilize|stabilise|implement|deploy|backfill|restate|reprocess|replay)',
    '(we are|we|engineers are|engineers|microsoft is) (now |currently |actively |still )?(working|continuing|continue) to (replace|reconfigure|re-enable|reenable|disable|revert|roll back|reroute|redirect|rebalance|restart|patch)',
    '(we are|we|engineers are|engineers|microsoft is) (now |currently |actively |still )?(working|continuing|continue) to (correct|fix) (the |this |an |a |our )?(affected |impacted |underlying |incorrect |faulty )?(configuration|setting|settings|code|issue|problem|bug|regression|data|permissions|records|entries|certificate|certificates)',
    '(working|continuing|continue) to (add|increase|expand) (additional |more )?(capacity|resources|throughput|infrastructure)',
    '(deployment|rollout|rollback|restarts|remediation|backfill|restatement|reprocessing|recovery) (process )?(is|are|remains) (still )?(ongoing|continuing)',
    '(have|has) prepared … for (deployment|release|rollout)',
    'being (rolled out|deployed|applied|implemented)',
    '(in progress|under way|underway)',
    'monitor* (the |our )?(status of |progress of )?(the |our )?(ongoing )?(deployment|rollout|roll out|progress|fix|saturation|propagation|restatement|backfill|reprocessing)',
    '(syncs|resyncs|fix|backfill|reprocessing|(our|the fix) (deployment|rollout)) … monitor* (their|its) (ongoing )?(progress|progression)',
    'monitor* (the |our )(… )?(rollback|roll back) of',
    'monitor* (the |our |this )?backlog … as (it|they|the backlog) (process*|drain*|clear*|decreas*)',
    'backlog … (continues|continue|continuing) to be (processed|backfilled|reprocessed|restated|cleared) (as expected|successfully)',
    '(fix|hotfix|patch|mitigation) (continues|continue|continuing) to be (deployed|applied|rolled out)',
    '(fix|hotfix|patch|mitigation) (has )?entered (the )?(… )?(deployment|rollout|release)',
    '(we are|engineers are|continuing to|continue to) (run|running|execute|executing) (a |an |the )?(… )?(commandlet|cmdlet|script|scripts|job|jobs) to (help )?(disable|fix|remove|restore|correct|repair|remediate|mitigate|resolve|re-enable|reprocess|clean)',
    '(continuing|continue|continues) the process of',
    '(proceeding|continuing) with (our |the )?(work|efforts|process|plan) to',
    '(progressing|proceeding|continuing) with (our |the )(license |manual |remaining |fix )?(syncs|resyncs|deployment|rollout|rollback|restarts|remediation|backfill|reprocessing)',
    '(have|has|had) (initiated|started|begun) (the )?(deployment|rollout|roll out|rollback)',
    '(we|engineers) … (initiated|started|began|begun) (the )?(deployment|rollout|roll out|rollback)',
    '(deployment|rollout|roll out|rollback|restarts|remediation|backfill) of … (is|are|remains) (still )?(ongoing|continuing)',
    '(preparing|prepare) … for (deployment|release|rollout)',
    'expect* to complete (the )?(deployment|rollout|rollback|fix|process)',
    'remaining … (will|should) be (regenerated|processed|updated|backfilled|reprocessed|restated) by',
    'efforts to (optimi*|scale|apply|deploy|repair|restore|recover|remediate|mitigate|roll|backfill|restate|reprocess)',
    'monitor* (its|their) (deployment|rollout|roll out|saturation|propagation)',
    // Addressing what is left beside work done ("We've rerouted traffic, but … and we're working to address it"); alone, "working to
    // address it" is what an investigation says too.
    '(and|but) … (working|continuing|continue) to address (it|them)',
    '(working|continuing|continue) to address (the remaining|the residual|the separate|this separate)',
    '(expect|expecting|anticipate) (the )?(remainder|remaining|rest) (… )?to be (delivered|processed|backfilled|reprocessed|restated) (by|within)',
    // A remedy kept going, told with the gerund ("as we continue routing a portion of the requests to alternate infrastructure").
    '((we are|we|engineers are|engineers|the team is) (now |currently |still )?|(as|while) we )(continue|continuing|keep) (routing|rerouting|redirecting|restarting|deploying|applying|rolling out|rolling back|reverting|releasing|upgrading|redistributing|rebalancing|migrating)',
    // Something the incident switched off, switched back on ("we're turning the app back on to resolve the issue").
    '(we are|we|engineers are|engineers|the team is) (now |currently |actively )?(turning|switching|bringing) … back (on|online|into service)',
    '(fix|hotfix|patch|code change|code fix|update|solution) (… )?(is |are )?(currently |now )?undergoing (final )?(validation|testing|deployment)',
    // What stands in the remedy's way being cleared ("we're working to clear this blocker so we can release the messages").
    '(resolving|clearing|removing|addressing|working to (clear|resolve|remove|address)) (that|this|the) blocker',
    '(packaging|bundling) (it|the fix|our fix|the hotfix|the update|the change) (into|for|in)',
    '(deployment|rollout|rollback|roll back|fix|backfill|reprocessing|processing|restarts) (may|should|will|is expected to) be (fully )?(complete|completed|finished|done) by',
    // The fix reworked before it goes on ("we're adjusting it before resuming the rollout").
    '(we are|we|engineers are|engineers|the team is) (now |currently |actively )?(adjusting|modifying|reworking|revising|refining) (the fix|our fix|the change|the mitigation|the hotfix)',
    '(and|but) (we are|we|engineers are|engineers|the team is) (now |currently |actively )?(adjusting|modifying|reworking|revising|refining) it',
    '(we are|we|engineers are|engineers|the team is|our engineers are) (now |currently |actively |also )?(taking steps|working) to (undo|revert|roll back|reverse|disable|re-enable|reroute|redirect|restart|restore|repair)',
    '(as|while) (the )?(backlog )?(processing|backfill|restatement|deployment|rollout|recovery) continues',
    '(validation|validations|testing) … (efficacy|effectiveness) of (our|the) (secondary |new |updated |additional )?fix',
    '(working|continuing to work|collaborating) with … to (repair|restore|fix|remediate|mitigate|apply|deploy)',
    '(continue|continues|continuing) to take (action|actions|steps)',
    // Data put right after the fact: reports and metrics restated, backfilled or reprocessed.
    '(backfilling|restating|reprocessing|replaying)',
    '(while|as) (this|the|our) (process|backfill|restatement|reprocessing|recovery|remediation|deployment|rollout|restarts|reboots|failover|failovers|rebalancing|migration|repairs) … (continues|continue|progresses|progress|completes)',
    '(while|as) (the|our) (restarts|reboots|failovers|repairs) complete',
    '#% of … (have|has) been (processed|backfilled|restated|reprocessed)',
    '(preparing|beginning|starting) to (roll back|revert|deploy|apply|roll out|restart|reroute|fail over|redirect|implement|disable)',
    '(rollback|fix|change|update|mitigation|deployment) (should|will|may|to|is expected to) (take effect|complete|finish)',
    '(almost|nearly|mostly|partially) (complete|completed|finished|done|deployed)',
    '(fix|deployment|change|update|mitigation|rollback|roll back|it) (has |is |continues to |continuing to |continually )?saturat*',
    'saturat* (across|through|to|in|~?#)',
    'propagating',
    'propagat* (through|across|to)',
    // Watching a fix that is still on its way ("monitoring as it takes effect"): under way.
    '(as|while) (it|(the|our|this) (fix|fixes|update|mitigation|mitigations|rollback|configuration change)|our changes|these (fixes|mitigations)) (takes effect|take effect|propagates|propagate|saturates|saturate|rolls out|roll out|deploys|completes|complete|progresses|progress|continues to progress|reaches)',
    'monitor* (of )?(the )?remaining',
    '(as|while) (the |our )?(fix|change|update|mitigation|rollback) (… )?(completes|finishes) (its )?(deployment|rollout|saturation)',
    '(fix|deployment|rollout|roll out|update|mitigation|recovery|restart|restarts|backfill|process|restatement) (is |are |continues |continue )?(to )?(progress*|proceed*)',
    'remediation (is |continues to |continue to )?(progresses|progressing|proceeds|proceeding)',
    '(saturation|propagation) … (is|are) (progressing|proceeding)',
    '(preparing|readying|staging) (it|the fix|the change|the update|the hotfix) for (deployment|release|rollout)',
    '(additional |further |final )?(validation|validations|testing) of the fix',
    '(internal )?test of (the|our) (fix|hotfix|patch|mitigation)',
    '(broader|wider|broad|full|general) (rollout|roll out|deployment|release) (will|is expected to|is scheduled to) (follow|begin|start|proceed)',
    'and (are|is) (now |currently |also )?(disabling|re-enabling|reenabling|reverting|rolling back|restarting|rerouting|redirecting|applying|deploying) (it|them|the|this)',
    '(restarts|rollout|deployment|rollback|reprocessing|migration|failovers|repairs) (of|for|on|across) (the )?(remaining|rest of the) … (is|are) (progressing|proceeding|ongoing|continuing|under way|underway|in progress)',
    '(the )?next (ring|rings|wave|batch) (will|is|are) (receive|get|be)',
    '(the )?next (phase|stage) of (the |our )?(deployment|rollout|fix|mitigation|restarts|migration|recovery)',
    '(validation|validations|preparations|testing) (to|for|before) (roll back|rolling back|revert|reverting|deploy|deploying|the rollback|the deployment)',
    '(we|engineers|microsoft) (are|is) (now |currently |actively |also )?(re-enabling|reenabling|disabling|reconfiguring|repairing|rebuilding|replacing|reprovisioning|re-provisioning|recreating|rerunning|re-running|patching)',
    '(we|engineers|microsoft) (are|is) (now |currently |actively |also )?(correcting|fixing) (the |a |an |this |our )?(affected |impacted |underlying |incorrect |faulty )?(configuration|setting|settings|code|issue|problem|bug|regression|data|permissions|records|entries|certificate|certificates)',
    'processing … to (address|remediate|resolve|restore|mitigate)',
    '(cleanup|clean-up|clean up) (efforts|operations|actions|work)',
    '(development|deployment|rollout|roll out|validation|testing) of (the|a|our) (code )?(fix|hotfix|patch|mitigation)',
    '(fix|deployment|rollout|roll out|mitigation|remediation|restart|restarts|process|recovery|development|rollback|backfill|backlog|progress|syncs|resyncs) … (is |are )?(taking|take|takes) longer (to complete )?than (initially |originally )?(we )?(expected|anticipated)',
    '(have|has|had) (initiated|started|begun) (rolling|deploying|applying|implementing|the deployment|the rollout|the rollback|to roll|to deploy|to apply)',
    '(validating|testing|verifying) (and (validating|testing|verifying) )?(the )?(effectiveness|efficacy) of (the |our |a )?(long-term |longer-term |permanent |secondary |new |additional )?(code )?(fix|change|mitigation|hotfix|update|patch)',
    '(process*|working through|clear*|drain*|reduc*) (the |a |our |this )?(backlog|backlogged)',
    'process* (the )?remaining',
    '(continue|continues|continuing) to (saturate|propagate|roll out)',
    '(fix|deployment|rollout|rollback|update|mitigation|change|restarts|backfill|syncs|resyncs|recovery|reprocessing) (… )?(continue|continues|continuing) to progress (through|across|as expected)',
    '(fix|deployment|rollout|rollback|mitigation|restarts|backfill|syncs|resyncs|recovery|reprocessing|remediation) (efforts |work |process |operations )?(continue|continues|continuing) to progress',
    '(adding|increasing) (additional |more |the )?capacity',
    '(developing|deploying|implementing|applying) a (service-side |server-side |temporary )?workaround',
    '(developed|prepared|identified) a (service-side |server-side |temporary |potential |possible |interim )?workaround and (we )?(are|is) (validating|testing|deploying|applying)',
    // A fix checked on part of its reach before it goes everywhere.
    '(before|prior to) (we )?(deploy|deploying|roll out|rolling out|apply|applying) (it|the fix|the mitigation|this) (to|across) (all|the remaining|more|additional|broader|every)',
    '(validat*|test*|verify*|verifying|evaluat*) … (before|prior to) (we )?(deploy|deploying|roll out|rolling out|apply|applying) (it|the fix|the mitigation|this) (to|across) (the affected|affected|production)',
    // Mail held back and now let through is the remedy itself.
    '(we are|we|engineers are) (continuing|continue|working) to release (the )?(… )?(messages|emails|email|mail|items)',
    '(releasing|re-releasing) (the )?(quarantined|affected|delayed|held|stuck|queued) (messages|emails|mail|items)',
    '(enable|enabling|expand|expanding|extend|extending) (the |this |our )?(change|fix|update|mitigation|solution) (more )?(broadly|widely|to (all|the remaining))',
    '(deployment|rollout|rollback) (will |may )?(require|requires|need|needs) (more|additional|further) time',
    '(moving|shifting|draining|offloading|balancing|optimizing|optimising) (the |affected |service |user )?traffic',
    '(we are|engineers are|working on|continuing to|continue to|continuing) (balancing|rebalancing) (the )?(affected |impacted |impacting |service |user |incoming )?(request )?traffic',
    'rebooting',
    'making (configuration |targeted |additional )?changes',
    '(more broadly|(to|across|for|on) (the remaining|the rest of the))',
    '#% (complete|completed|saturat*|deployed)',
    '(rollback|roll back|deployment|rollout|fix|restarts|backfill|reprocessing|syncs|resyncs|migration|failover|recovery|remediation) … (nearing|approaching) (completion|complete)',
    '(while|as) (we|engineers) ((continue|work|are working|are continuing) to )?(disable|re-enable|reenable|revert|roll back|deploy|apply|restart|reroute|redirect|rerun|re-run|reprocess|rebalance|redistribute|fail over|roll out|backfill)',
    '(while|as) (we|engineers) ((continue|work|are working|are continuing) to )?((restore|recover|migrate) (the |affected |impacted |remaining )?(… )?(service|services|data|mailboxes|infrastructure|access|functionality|nodes|servers|workloads)|(shift|migrate|scale) (the |affected |user |service )?(traffic|load|workloads|requests|capacity|resources)|scale (up|out))',
    '(validating|testing|verifying) (its|their) (effectiveness|efficacy)',
    '(conducting|performing) (a period of )?(internal |additional |further |final )?(testing|validation|validations) (of|on|to ensure|to confirm|to verify) (that )?(the|our) (long-term |code )?(fix|hotfix|patch|solution)',
    '#% of (the )?(affected |impacted )?(environment|infrastructure|capacity|servers|regions|datacenters|traffic|fleet)',
    // Present forms only: a fix "developed" or "tested" is ready, not being made (MITIGATING reads those), and must not
    // outweigh a fix done beside it ("we've developed a fix, which we've deployed").
    '(developing|preparing|validating|testing|working on|finalizing|finalising|develop|prepare|validate|test|finalize|finalise) (a|an|the|our) (alternative |new |additional |potential |suitable |possible |targeted |permanent |different |revised |second |secondary |further |long-term )?(code )?(fix|change|hotfix|solution|remediation|mitigation|update|patch)',
    '(fix|hotfix|patch|code change|code fix) (for … )?is being (created|developed|prepared|built|written)',
    '(fix|hotfix|patch|code change|code fix) (for … )?(has|have) been (created|developed|prepared|built|written) and (we are |is |are )?(now |currently )?(being )?(testing|validating|tested|validated)',
    '(potential |possible )?(fix|change|hotfix|mitigation) and (are|is) (testing|validating) it',
    '(expected|estimated) to (complete|finish|be fully deployed)',
    '(is|are|remains) (currently |now |still )?(expected|estimated) to (reach (all|the remaining|every)|fully saturate)',
    'expect* (that )?(the )?(deployment|fix|rollout|roll out|update|rollback|restarts?|remediation|mitigation|change|process) (to|will) (complete|finish|saturate|reach|be (fully )?(deployed|complete|completed))',
    '(we|engineers|microsoft|our teams?) (have|has|had) (initiated|started|begun) (to )?(manually |safely |gradually |carefully )?(deploy*|apply*|roll*|revert*|restart*|reroute*|redirect*|(fail|failing) over|rebalanc*|implement*|mitigat*|remediat*|restor*|recover*|reprocess*|re-process*|backfill*|re-deploy*|redeploy*|re-rout*)',
    '(we|engineers|microsoft|teams?) (have|has|had) (initiated|started|begun) (a|an|the|our) (staged |phased |gradual |targeted |controlled )?(fix|mitigation|remediation|rollback|deployment|rollout|release|failover|restarts)',
    '(mitigation|fix|deployment|rollback|recovery|remediation|failover) (has|have|had) (now )?(started|begun)',
    '(conducting|performing|carrying out|running) (a |an )?(targeted |additional |further )?(restarts|reboots|failover|failovers|repairs|mitigation*|remediation*)',
    '(traffic|requests|load|workloads|connections) (is|are) (now )?being (moved|shifted|rerouted|redirected|failed over|rebalanced|drained)',
    '(we are|we|engineers are) (now |currently )?pushing (out )?(a|an|the|our) (… )?(fix|update|change|hotfix|patch|configuration)',
    '(we are|we|engineers are) (now |currently )?(taking|removing|pulling) (the )?(… )?(out of (rotation|service)|from rotation)',
    '(working|progressing|moving) through (the )?(remaining )?(restarts|deployment|rollout|rollback|backlog|syncs|failovers|reboots)',
    '(work|efforts?) to (recycle|restart|restore|recover|reroute|redeploy|deploy|apply|roll back|revert|repair|rebuild|replace|mitigate|remediate) … (is|are|remains) (still )?(ongoing|continuing|in progress|under way|underway)',
    '(working|beginning|starting) to (optimi*|rebalance|reroute|redistribute|adjust|tune|shift|divert) (the )?(… )?(traffic|load|routing|requests)',
    '(once|when|until|after) (the |our )?(fix|change|update|mitigation|configuration|configuration update) (is|has) (fully |completely )?(propagated|saturated)',
    '(working|continuing|continue|beginning|starting) to bring (… )?back (online|up|into service|to a healthy state)',
    '(are|is|currently|now|still) bringing (… )?back (online|up|into service)',
    'backlog (of … )?(is|are) (now |currently |still )?being (processed|drained|cleared|worked through)',
    '(ongoing|continuing) (recovery|remediation|mitigation|restoration|repair) (work|efforts|actions|operations)',
    '(implementation|implementing|deployment|deploying|rollout|applying|application) of (our |the )?(… )?(fix|fixes|mitigation|mitigations|remediation|changes) (across|to|on|in|throughout) (the )?(remaining|rest)',
    '(working on|implementing|applying|deploying) (additional|further|more) (mitigation|remediation|mitigative|corrective) (measures|actions|steps|changes)',
    '(anticipate|expect) (it |this )?(being|to be) (fully )?(deployed|applied|rolled out|saturated)',
    '(as|while) (the |our )?(secondary |additional |remaining |code |targeted )?(fix|fixes|mitigation|rollback) (is|are) (being )?(deployed|applied|rolled out)',
    '(roll back|rollback|reversion|deployment|rollout|restarts|failover|remediation) (of … )?(is|are) (continuing|progressing|proceeding) (as expected|as planned)',
    '(initiating|applying|implementing|deploying) (… )?(performance |traffic )?(optimizations|optimisations)',
    'rolling (it|them|this|that|these|those) back',
    `${WHO_FIXES} (are|is) ${HOW_NOW}(reversing|undoing|re-enabling|reenabling|redeploying|re-deploying|turning (* )?(back on|off)|switching (* )?(back on|off)|releasing|restoring|reinstating|re-adding) (the|these|those|this|that|our|affected|impacted|all)`,
    '(is|are) (now |currently |actively |still )?(redeploying|re-deploying|being redeployed|being re-deployed|being rolled out|being deployed|being applied|being reverted|being rolled back|being rerouted|being redirected|being redistributed|being rebalanced|being restarted|being reprocessed|being failed over|being restored|being recovered)',
    '(continuing|continue|continues) (with )?(the|our) (* )?(reversion|rollback|roll back|deployment|rollout|roll out|restarts|reboots|failover|rebalancing|rerouting|migration|backfill|reprocessing|release)',
    '(proceeding|progressing) with (the|our) (* )?(* )?(release|deployment|rollout|rollback|restarts|reboots|remediation|backfill|reprocessing|reversion)',
    '(deployment|rollout|roll out|rollback|reversion|application|implementation|release) of (the|our) … … (is|are|remains) (still )?(ongoing|progressing|proceeding|under way|underway|in progress)',
    '(work|efforts?) to (finish|complete|redirect|reverse|rebalance|re-enable|disable|reroute|restore|recover|apply|deploy|roll back|revert) … … (is|are|remains) (still )?(ongoing|continuing|proceeding|progressing|in progress|under way|underway)',
    '(have|has|and|we|engineers) (started|begun|began|initiated) (to )?(rolling|roll|deploying|deploy|applying|apply|the (deployment|rollout|rollback|reversion|restarts))',
    '(are|is) (now )?(completing|finishing) (our|the) (* )?(deployment|rollout|rollback|restarts|reversion|backfill|reprocessing)',
    '(working|concentrating|focused|focusing) on (re-enabling|reenabling|restoring|reverting|redeploying|deploying|applying|fixing|repairing|correcting|bringing|recovering)',
    '(working|work) (alongside|with) (our|the) (* )?(upstream|partner|third-party|provider|dependency) (… )?to (resolve|remediate|mitigate|fix|restore|address) (the|this) (impact|issue)',
    '(are|is) (now |currently )?working to (improve|increase|optimize|optimise|expand|add) (the )?(scaling|capacity|resources|throughput|performance)',
    '(addressing|fixing|correcting) (the|that|this) (upstream |underlying )?(problem|issue|blocker|bug|misconfiguration)',
    '(getting ready|preparing|prepare) to (apply|deploy|roll out|release|push)',
    'preparations? for (the |their |its |our )?(deployment|rollout|release)',
    'readying (it|them|the fix|the fixes|our fix) for (release|deployment|rollout)',
    '(as|while) (we|engineers) (carefully |gradually )?(turn off|disable|extend|expand|apply|deploy|roll out|roll back|revert|restart|reroute|redirect|rebalance)',
    '(implementation|deployment|rollout|application) of (our|the) … (mitigation|fix|fixes|changes|actions|update|updates) (continues|continuing|progresses|progressing|is progressing|is continuing)',
    '(expect|anticipate) (it|the fix|this|the change|the update) to (reach|be deployed|saturate|be fully deployed)',
    '(now )?enabling (a|the) (follow-up |additional |second )?(configuration|change|fix|update) (… )?to (remediate|resolve|mitigate|fix|restore|address)',
    '(deployment|rollout) (to … )?(is )?(planned|scheduled|expected) to (begin|start)',
    '(adding|putting|bringing) (the )?(missing|removed|deleted|affected) … back',
    '(building|creating|writing|coding) (a |an |the |our )?(* )?(* )?(fix|fixes|hotfix|hotfixes|patch|patches|code fix|code update)',
    '(are|is) (now )?(starting|beginning) to (release|roll out|deploy|apply|revert|roll back|restart|reroute)',
    '(fix|hotfix|patch|solution) (is|are) (currently |now )?undergoing (validation|testing|verification)',
    '(running|executing) (the|a) (cmdlet|commandlet|script|job|process) to (disable|re-enable|restore|repair|recover|reprocess|apply|remove|clear|fix|correct|resync|backfill)',
    '(execution|run) of (the|a) … (cmdlet|commandlet|script) … (is|remains) (still )?(ongoing|in progress|under way|underway)',
    '(sync|syncs|syncing|resync|resyncs|process) (is|are) (still )?(ongoing|in progress|under way|underway) for (the )?remaining',
    '(pressing ahead|moving forward|proceeding) with (the|our) (remaining )?(license |manual )?(syncs|sync|restarts|deployment|rollout|rollback|backfill|reprocessing|remediation)',
    '(starting|initiating|beginning|started|initiated|began) (the )?(first |next |final |second )?(stage|phase|step) of (the |our )?(* )?(restatement|backfill|deployment|rollout|rollback|migration|recovery|restoration|reprocessing|remediation|fix)',
    '(rollback|failover|restarts|deployment|restatement|backfill|reprocessing|migration|remediation) (… )?(is|are) being initiated',
    '(work|efforts?) to (add|increase|scale|expand) … (continues|is continuing|is ongoing|is progressing)',
    '(increasing|expanding|adding|scaling up|scaling out) (the |more |additional |extra )?(processing |service |traffic )?(throughput|capacity)',
    '(throttling|rate limiting|rate-limiting) (it|the|this|that)',
    '(verifying|validating|testing) (a|an|the|our) (… )?(fix|fixes|solution|code fix|code update) (internally|in (our |a |the )?(internal )?(test|testing) environment|ahead of|before|prior to)',
    '(still|continuing to|continue to) (verify|verifying|validate|validating|test|testing) (a|an|the|our) (second |revised |secondary |alternative |new |additional |code |long-term )?(fix|fixes|solution|code fix)',
    '(fix|fixes|solution|code fix) (… )?(is|are) (currently )?being (verified|validated|tested) (ahead of|before|prior to)',
    '(work on|testing of|validation of|verification of) (a|an|the|our) (* )?(fix|fixes|solution|code fix|remediation strategy) (… )?(is|are|remains) (still )?(ongoing|progressing|continuing|under way|underway|in progress)',
    '(making|adding) (further |additional )?(changes|updates) to (our|the) (code )?fix',
    '(partnering|working|collaborating) with (the|our) … (owners|team|teams|provider|partner|partners) to (fix|resolve|remediate|address|repair|mitigate) (the|this) (issue|problem|impact|delays)',
    '(fine-tuning|fine tuning|tuning|adjusting|refining) (our|the) (* )?(* )?(configuration|configurations|settings)',
    '(refinement|tuning|adjustment) of (our|the) (* )?(* )?(configuration|configurations|settings) (continues|is ongoing|is continuing)',
    '(backfill|restatement|reprocessing|restoration|migration|resync) (of … )?(is|are) (still )?(progressing|proceeding|ongoing|continuing)',
    '(work|efforts?) (is|are) (progressing|continuing|ongoing|proceeding) (across|on|toward|towards|to|for)',
    '(pushing|driving|moving) (several |multiple |our |the )?(workstreams|work streams|efforts) forward',
    '(taking|take) (action|actions|steps|measures) to (remediate|mitigate|resolve|address|restore|fix)',
    '(correcting|fixing|updating|remediating|restoring|processing) the (… )?remaining',
    '(rollback|rollout|roll out|deployment|reversion) (of … )?(continues|makes its way|is making its way|progresses|is progressing)',
    '(tracking|monitoring|watching) (the )?(deployment*|rollout*|rollback*|fix*) progress',
    '(tracking|monitoring|watching) the progress of (the|our) (fix |code fix )?(deployment|rollout|rollback|fix)',
    '(processing|deployment|rollout|restoration|recovery|backfill) (in|for|to) the remaining (affected )?(* )?(is|are) (taking|still|progressing|ongoing)',
    '(a |the |our )?(rollback|roll back|reversion|deployment|rollout|restart|restarts|failover|failovers|migration|reboots) (of … )?(is|are) (now |currently |still )?(under way|underway|in progress)',
    '(adjustments|changes|updates|optimizations|optimisations) (to … )?(are|is) (now |currently )?being (made|applied|implemented|deployed)',
  ],
};

export const MITIGATION_UNDER_WAY_EXAMPLES: PhraseExamples = {
  must: [
    // Round 9: work the narrower step-back no longer reads by accident (composed paraphrases of dev statuses, corpus dev).
    "Additionally, we're taking steps to revert a previous change which caused backend operations to be called to apps incorrectly.",
    'Our engineers are working to undo an earlier change that resulted in backend operations being incorrectly invoked on apps.',
    "The rollout of our solution was slightly delayed and we're now monitoring its deployment.",
    "We've rerouted traffic, but a separate component is causing errors, and we're working to address it.",
    "We've processed the majority of the backlog of delayed messages and expect the remainder to be delivered within two hours.",
    "We've paused the deployment of the fix after identifying an unexpected side effect, and we're adjusting it before resuming the rollout.",
    'Our investigation into the source of the impact is ongoing as we continue routing a portion of the search requests to alternate infrastructure.',
    "We're turning the app back on to resolve the issue and expect this to be done by our next scheduled update.",
    'Our fix addressing the impact from the additional authorization check is undergoing validation ahead of its rollout.',
    'Our team is resolving that blocker so that release of the quarantined messages can proceed.',
    'Our engineers are developing a different code update to resolve the connection problem.',
    "A rollback of the change is under way, and we're determining which additional actions are needed to mitigate the issue.",
    'Further adjustments to our load balancing configuration are being made to resolve lingering imbalances throughout the environment.',
    'Traffic is being redistributed across all of the impacted infrastructure to bring the environment back into a balanced state.',
    "We're now actively flushing the corrupted cache entries across the affected infrastructure.",
    "We're reindexing the affected mailboxes to mitigate impact.",
    "We're redelivering the delayed messages.",
    "We're still verifying the fix internally; an estimated timeline for its rollout will be provided as soon as we have it.",
    'Work on a fix is ongoing, and we anticipate having a timeline for its release by our next scheduled update.',
    "We're still fine-tuning our load balancing configurations to resolve the remaining imbalances across the environment.",
    'The backfill of the telemetry data gap from the impact window is progressing.',
    "We're partnering with the upstream dependency owners to fix the problem and bring the reporting data up to date.",
    'Engineers are currently recycling the backend services that process MFA requests.',
    'The change is being rolled back to relieve impact.',
    "We're continuing the reversion and will reach out to affected users to confirm this has remediated impact once it completes.",
    'Our engineers are proceeding with the incremental release of the messages that were affected earlier.',
    'Deployment of the fix to the last impacted environments is progressing more slowly than we anticipated.',
    'Our work to complete the remaining targeted restarts is progressing successfully.',
    "We've developed a fix and started rolling it out.",
    "We're completing our final deployment to update the less than one percent of remaining assignments.",
    'Improvement is being observed across affected environments as the implementation of our mitigation actions progresses successfully but gradually.',
    "We're focusing on restoring this process to ensure new data is generated while developing a strategy to restore the missing data.",
    "We're working with our upstream data source to remediate the impact.",
    'The team is working to improve scaling throughout the affected infrastructure to relieve the impact and will provide a timeline for resolution when available.',
    'Our team is addressing the upstream problem and is assigning extra resources to speed up processing of the backlog.',
    "We've built a fix and are getting ready to apply it to the affected environment.",
    "Validation of our planned fixes is complete, and we're wrapping up the final preparations for their deployment.",
    "We've finished validating the planned fixes and are now in the final stages of readying them for release.",
    "We're continuing to monitor service telemetry while we disable the aforementioned offending feature.",
    "We're tracking its progress and currently expect the fix to reach all affected environments by mid-September 2026.",
    "We're now enabling a follow-up configuration to remediate the remaining mailboxes.",
    "Deployment to Government cloud is planned to begin on Thursday, March 5, 2026, and we'll share an estimated resolution time if one becomes available.",
    "We're adding the missing applications back to affected service infrastructure and will monitor telemetry for remediation once this completes.",
    "We're working to replace it across the affected infrastructure.",
    "We're correcting the configuration on the affected infrastructure.",
    "We're creating a patch to correct it.",
    "A fix for the identified configuration error has been created and we're currently testing it.",
    "We've begun a staged release of the fix.",
    "We've started manually re-processing the delayed messages in the affected queues.",
    "We're monitoring the deployment of the fix.",
    "We're continuing to monitor as our mitigation takes effect across the affected regions.",
    "We're monitoring the environment while we rebalance traffic to healthy infrastructure.",
    "We're closely monitoring the service as we work to redirect traffic.",
    "We're monitoring service health as the restarts complete.",
    'The fix has saturated ~60% of the affected environment.',
    'The deployment is expected to complete by 18:00 UTC.',
    'Our fix has completed deployment to approximately 70 percent of the affected environment.',
    "We're further monitoring the health of the remainder of affected devices as our changes continue to propagate.",
    'Our monitoring of the remaining impacted devices continues as we ensure our service optimizations reach these devices.',
    "We're preparing to roll back the impacted metadata component to an earlier logic version to resolve the issue.",
    "We're monitoring our ongoing restatement process to backfill the impacted data.",
    "We've completed the development of our code fix and are preparing it for deployment to all affected environments.",
    'We are performing final validations to roll back the recent change we suspect is contributing to impact.',
    "We're continuing to monitor as the backfill of events progresses. Approximately 80 percent of events have been processed.",
    "We're re-enabling the affected first party app to resolve the issue.",
    'The development of the fix is taking longer than initially expected.',
    "We're furthering our efforts to optimize scaling throughout the affected infrastructure.",
    'We’re monitoring the status of our deployment to ensure the issue is resolved as expected by our next scheduled update.',
    "We're working with the upstream dependency owners to repair the issue and get the reporting data up to date.",
    'We continue to take action to identify impacted authentication configurations and take the relevant actions.',
    "We're progressing with our efforts to validate a suitable fix in our test environment.",
    "We're continuing to perform cleanup efforts and remove existing divergences to return the service to expected functionality.",
    "We're monitoring the service as traffic levels normalize and are continuing work to increase capacity in the affected regions.",
    "We're continuing to add capacity to the affected infrastructure.",
    'The backfill process is ongoing.',
    "We've prepared the fix for deployment to the affected environments.",
    "We're working to implement additional processing throughput across the affected region as part of our mitigation strategy.",
    "We've identified that additional validations of the fix are required prior to deploying the fix to the affected environments.",
    "We're continuing to replay affected associated actions.",
    "We're monitoring our meticulous rollback of the offending Copilot service update.",
    'The rollback deployment is taking longer to complete than expected.',
    "We're continuing the process of enabling the previously mentioned secondary configuration change.",
    'Our work to optimize the traffic to the affected section of service infrastructure continues.',
    "We're continuing to expect that the deployment will be complete by the end of Friday, July 3, 2026.",
    "We're proceeding with our work to incrementally release those messages which were previously affected.",
    "We've successfully developed and initiated the deployment of a code change fix to resolve impact.",
    'Deployment of our supplemental fix is ongoing.',
    "We're continuing to prepare the configuration changes and corrective service updates for deployment.",
    'In parallel, we’re working to backfill the telemetry data gap from the impact window.',
    'Our efforts to backfill the telemetry data gap from the impact window is progressing.',
    'The progress through the remaining impacted region is taking longer than anticipated.',
    'We’ve since isolated a backlog of report data for Friday, May 15, 2026, which we’re now processing to address the problem in full.',
    "We're continuing to monitor as backlog processing continues in the final region.",
    "We're completing the final validations to confirm the efficacy of our secondary fix.",
    'We anticipate that the reports for all remaining users will be regenerated by the time of our next scheduled communication update.',
    'We’re continuing to monitor the service health telemetry as our fix deployment continually saturates throughout the affected environment.',
    "We anticipate the backfilled data will be restated by early to mid-May. We'll provide updates while this process continues.",
    "We're redistributing traffic to alternate infrastructure to relieve impact.",
    'We expect the deployment to complete within the next few hours.',
    'Deployment of the fix is almost complete.',
    'We are actively deploying mitigation actions.',
    "We're developing a code fix to allow ESN policies to function as expected.",
    'We’re conducting targeted restarts in an effort to restore expected service.',
    'The fix is progressing through the affected environment.',
    "We're adding capacity to the affected infrastructure.",
    "We're moving traffic away from the impacted datacenter.",
    "We're making configuration changes to the affected infrastructure.",
    'Engineers are currently in the process of cycling backend services responsible for processing MFA requests.',
    "We're developing an alternative code update to resolve the connectivity issue between MFA and the cache provider.",
    "We've identified a potential fix and are testing it.",
    "We're continuing to refine our load balancing configurations to address residual imbalances across the environment.",
    'We are working to recover these nodes.',
    "We've applied the fix to the affected infrastructure and are monitoring as it takes effect.",
    "We're monitoring as the change propagates through the environment.",
    "We're monitoring the remaining impacted infrastructure as it recovers.",
    "We've completed the rollback in some regions and are monitoring as it continues to progress.",
    // Round 5 (corpus dev, seventh pass): backlogs watched or still processed, a fix entered deployment, a corrective command run, traffic balanced, a failover conducted.,
    'We are continuing to monitor the backlog of events as they process and return to normal service levels.',
    'The backlog of accumulated events continues to be processed as expected, and we anticipate the backlog will be fully cleared by our next scheduled communications update.',
    'At this time, the fix has entered the normal deployment process, and we expect it will complete by Thursday, May 21st, 2026.',
    'We are continuing to run the commandlet to help disable the aforementioned integrity validation process.',
    'We are progressing with our license syncs and are working to establish an estimated timeline for the full sync process to complete.',
    'We have identified that the license syncs are taking longer than anticipated, and we are continuing to monitor their ongoing progression to ensure it successfully completes.',
    'We are continuing to monitor to ensure this trend continues as our fix to improve traffic dispersal completes deployment.',
    'In parallel, we are conducting a failover to healthy infrastructure in an attempt to provide relief.',
    'We have completed the deployment of a fix and are working to enable the change broadly to fully remediate impact.',
    'Based on our current projection, we now anticipate the deployment will require more time to fully saturate.',
    'We are validating the efficacy of a long-term fix that will fully restore the functionality.',
    'We are working on balancing the impacting request traffic to recover service health.',
    'We are reversing this service update to confirm whether this remediates the impact.',
    'We are continuing to release the quarantined messages for the affected users to fully resolve this problem.',
    'The rollback of the service update to the last known healthy build is nearing completion with roughly 90 percent completed.',
    'We are continuing to monitor service telemetry while we disable the aforementioned offending feature.',
    'We have deployed a mitigation to increase data copy throughput and are validating its effectiveness while rerunning the affected data processing jobs.',
    'We are now conducting a period of internal testing to ensure the fix produces the expected resolution.',
    'The backlog from Europe is taking longer than we anticipated to process, but we are making progress.',
    "We're continuing to apply targeted mitigations to the affected infrastructure.",
    'Engineers are in the process of bringing the affected storage scale units back online.',
    'We are in the process of re-routing traffic away from the affected datacenter.',
    'Customers may see improvements as engineers continue to apply patches across the affected hosts.',
    'Recovery efforts continue to progress, with the majority of affected nodes now recovered.',
    'Engineers have developed a potential workaround and are validating it in a test environment.',
    "We've identified a workaround and we're working to apply it across the affected infrastructure.",
    'We are contacting a subset of affected customers to verify that the mitigation is effective before we deploy it to all regions.',
    "The broad deployment's saturation throughout the affected service environment is progressing, though it has taken longer than previously anticipated.",
    'We continue to restart the affected Exchange Online servers in batches; mail flow is improving as each batch completes.',
    "We're finishing the rollback in the remaining Azure regions, while the regions where it has completed are showing recovery.",
    'Traffic is being moved to alternate healthy infrastructure in the affected region to relieve the impact on Exchange Online users.',
    "We're pushing a configuration update to the affected Microsoft Entra ID infrastructure to correct the authentication failures.",
    "We're taking the affected servers out of rotation so that traffic is served by healthy infrastructure.",
    "Work to recycle the affected application pools is ongoing, and we're seeing early signs of improvement in Outlook on the web availability.",
    'Engineers are actively working through the remaining restarts across the affected Azure Virtual Desktop hosts.',
    'Our failover operation did not provide the anticipated relief to end users and we are now working to optimize traffic patterns as part of the mitigation effort.',
    'Once the fix is fully propagated, we will confirm with affected users whether the update has successfully mitigated the impact.',
    'Engineers are working to bring affected storage scale units back online.',
    'We have restored cooling capacity and are bringing hardware back online.',
    'We have scaled out the ingestion pipeline and the backlog is being processed.',
    "We're closely monitoring the health of the service environment amidst our ongoing recovery work.",
    'Service telemetry continues to indicate recovery across previously impacted scenarios as remediation progresses through the remaining affected infrastructure.',
    'Our continued focus is on balancing the implementation of our fixes across remaining portions of affected infrastructure to ensure persistent recovery.',
    "We're working on additional mitigation measures for the portion of infrastructure which have not yet returned to healthy service levels.",
    "We've created a code fix to address the issue, which we anticipate being fully deployed by Monday, October 5, 2026.",
    "We're monitoring as the secondary fix is deployed to clean up agents that were already affected.",
    'The roll back of the suspected change is continuing as expected.',
    "We're initiating performance optimizations on a subset of affected Exchange Online service infrastructure to alleviate some impact.",
  ],
  mustNot: [
    // A cold review of round 9's phrases: a cause, a task that is no remedy, investigation's own words.
    "We've identified that recent efforts to enable a new authentication feature introduced a configuration issue.",
    'We expect the rest of our log analysis to be completed within the next two hours.',
    "We're investigating the cause of the sign-in failures. We're working to address it as quickly as possible.",
    "We've formed a hypothesis about the cause, and we're refining our analysis.",
    "We're taking steps to prevent this issue from recurring.",
    'Users turning the feature back on may see errors.',
    "We're investigating what is blocking the messages.",
    'The affected infrastructure is undergoing maintenance.',
    "We're exploring options to expedite recovery.",
    'Users whose mailboxes are being migrated to Exchange Online may be unable to access shared calendars.',
    "We're reindexing a test mailbox to determine whether the incomplete search results are caused by a problem with the index or with the query service.",
    "We're upgrading the severity of this incident as reports indicate broader impact, and we're reviewing service logs to determine the cause.",
    "We're clearing the cache on a set of test machines to determine whether stale content is responsible for the rendering issue.",
    "We're now enabling a feature flag that adds verbose logging, to help us understand why some users can't load their calendars.",
    "We're working with our third-party provider to address a possible network problem, and we're reviewing their logs to confirm whether it's the cause of the impact.",
    'Our ongoing work to improve capacity in this region will be detailed in the post-incident report.',
    'After completing the rollback of the recent Teams service update, our telemetry indicates that users are once again able to join meetings.',
    'The next phase will be an analysis of the secondary authentication path.',
    'We need to confirm the root cause before we apply it to the affected infrastructure.',
    'Admins should continue to patch their on-premises Exchange servers.',
    "We're working to correct the scope of impact in this communication.",
    'Users may see an unexpected error as they complete multifactor authentication.',
    "As we recover from this event, we're reviewing our change management procedures.",
    'Microsoft Teams has started failing to load chats.',
    "We've begun examining the relevant service components to find out what's going on.",
    "We'll keep monitoring the service as we continue to investigate the cause.",
    'As the number of affected users continues to grow, we are escalating the issue.',
    'We have completed the deployment and are monitoring.',
    'No mitigation is in place yet.',
    'We are tracking the progress of our investigation.',
    // A search that takes long is still a search (corpus dev, TM218696).
    'Our review of system log errors is taking longer than expected.',
    // Newcomer's reviews, round 4: symptoms and searches in the words of work.
    "We're continuing to add logging to better understand the cause of the issue.",
    "We're working to add additional diagnostic logging to isolate the root cause.",
    'Users may be unable to work on add-ins in Outlook on the web.',
    'Our review of the diagnostic process logs is ongoing.',
    'Admins who initiated the deployment of an app through Intune may see that it remains in a pending state.',
    'Users may see delays as message processing continues to be affected.',
    "We're reviewing recent changes that were prepared for deployment last week.",
    "Remaining messages will be processed once we've identified the root cause of the delays.",
    "We're processing diagnostic logs to identify the root cause.",
    'Users may receive errors when disabling multifactor authentication.',
    'Users may experience delays in processing queued email messages.',
    'Our investigation work is progressing.',
    'Our analysis of this is taking longer than anticipated.',
    "We're reviewing the rollout of a change that may be contributing to impact.",
    // Round 5: a search in progress, a symptom, a cause told with the words of work.,
    'We are in the process of analyzing service telemetry in conjunction with browser captures provided by affected users.',
    'We are in the process of validating this as the source.',
    'Some messages continue to be processed with a delay.',
    'Users may be unable to run scripts to update their mailbox settings.',
    'A load balancing issue affected service traffic in the region.',
    'Users may be unable to release quarantined messages.',
    'We are continuing to progress with our efforts to identify the most optimal approach to restore functionality.',
    "We're performing additional testing to isolate the source of the issue.",
    // A newcomer's review of round 5: symptoms, searches and causes in the words of work.,
    'Users may notice that their sort order settings are reversing to the default configuration.',
    'Customers using Azure Load Balancer may see issues balancing incoming traffic across backend pools.',
    "We're continuing with our review of the recent deployment to determine whether it's contributing to impact.",
    "We're monitoring the backlog of queued messages, which continues to grow while we investigate the cause.",
    "A backlog of email messages continues to be processed at a reduced rate, and we're investigating why processing has slowed.",
    "We've identified that a recent change continues to be deployed to additional infrastructure, expanding the scope of impact.",
    "We've determined that a recent update entered the release pipeline without the expected validation.",
    'We are running a script to enable verbose logging on the affected mailboxes so we can gather more data.',
    'Identifying an appropriate fix will require more time as our investigation continues.',
    "We're reviewing a recent service update and monitoring its progress, as it may be contributing to impact.",
    "We're continuing to apply filters to the diagnostic data to isolate the source of the issue.",
  ],
};

/**
 * The service itself getting better ("the service is recovering", "seeing improvement"), as opposed to
 * Microsoft recovering something: after a finished fix it is recovery being watched, else recovery under way.
 */
export const RECOVERING_NOW: PhraseList = {
  phrases: [
    '(service|services|it|traffic|availability|systems?|infrastructure|environment|mailboxes|users|mail flow|delivery|performance|sign-ins|connectivity|requests|error rates|latency) (is|are) (now |steadily |gradually |slowly )?(recovering|improving)',
    '(seeing|seen|observed|observing|see|shows|showing|show) (signs of |an |some )?(recovery|improvement)',
    '(recovery|restoration) (is|are) (now )?(underway|under way|in progress|ongoing)',
  ],
};

export const RECOVERING_NOW_EXAMPLES: PhraseExamples = {
  must: [
    "We've applied the required changes to resolve the issue with the affected upstream data pipeline and have confirmed that recovery is underway.",
    'Mail flow is recovering.',
    "We've reverted the update and the service is recovering.",
    "We're seeing improvement in service availability following our mitigation efforts.",
  ],
  mustNot: ['We are recovering a number of nodes.', 'The service is continuing to recover.'],
};

/**
 * Microsoft is watching now to confirm the fix held ("we're monitoring to confirm"): beside "mitigated", the
 * incident is being watched, not over. A future promise ("we'll continue to monitor") is not this.
 */
export const WATCHING_TO_CONFIRM: PhraseList = {
  phrases: [
    '(we|engineers|microsoft|(our|engineering|the) teams?) (are|is) (now |actively |closely |carefully |still |continuing to )?monitor*',
    '(and are|(we|engineers|microsoft) … and (are|is)) (now |actively |closely |carefully |still |continuing to )?monitor*',
    '(are|is) (now |still |continuing to )?(confirming|validating|verifying|checking) (with … )?that (the )?(issue|impact|problem|fix|service|services|mitigation) … (no longer|resolved|remediated|mitigated|restored|recovered|effective|healthy|stable)',
    '(we|engineers|microsoft|teams?) (are|is) (now |still |also )?(continuing to )?(confirm*|validat*|verify*) (full |complete |sustained )?(recovery|remediation|resolution|stability)(.|,|;| (for|of|in|across|after|following|and|as|with|is|has|have|holds|hold))',
    '(we|engineers|microsoft|teams?) (are|is) (now |still |also )?(continuing to )?(confirm*|validat*|verify*|ensur*) that (all |the )?(… )?(complete|completes|succeed|succeeds|process|processes|are processed|is processed) (successfully|as expected)',
    // Watching in other words: telemetry reviewed to confirm, the incident held open, confirmation awaited.
    '(are|is) (now |still |continuing to )?(reviewing|analyzing|analysing|checking|observing|watching) (the )?(service |service-side )?(telemetry|service health|the service|the environment|the health of) … to (validate|confirm|ensure|verify) (that )?(it|they|the service|service|services|users|customers|the fix|the mitigation|the change|recovery|impact|the issue|the infrastructure|the environment|performance|availability)',
    '(we|engineers|microsoft) (are|is) (now |closely |continuing to |still )?(watching|observing) (for (any )?(recurrence|reoccurrence|further|new|additional (errors|failures|impact|issues))|the service|service health|telemetry)',
    '(keeping|keep) … under (observation|watch|close watch) (to (confirm|ensure|verify|validate)|for (any )?(recurrence|reoccurrence|stability))',
    '(we|engineers) (are|will be) holding (the|this) (incident|issue) open',
    '(we|engineers) (are|will be) keeping (the|this) (incident|issue) open (while|as) we (monitor|observe|watch|confirm|validate|verify)',
    '(awaiting|waiting for) (confirmation|feedback|reports) from … (that|whether) (the )?(issue|impact|problem|fix|mitigation|change|service|they) … (resolved|remediated|mitigated|effective|working|recovered|restored|no longer)',
    '(are|is) (now |also )?(checking in|following up) with … (users|customers|admins|organizations|organisations|tenants) (… )?to (confirm|verify|validate|ensure) (that )?… (no longer|resolved|remediated|mitigated|recovered|restored|working|effective|able)',
    'as we (continue to )?monitor',
    'monitor* (the situation|the service|the platform|service health|telemetry) (closely )?to ensure (continued |ongoing )?stability',
  ],
};

export const WATCHING_TO_CONFIRM_EXAMPLES: PhraseExamples = {
  must: [
    "We're continuing to verify that all queued operations complete successfully.",
    'Engineers are validating recovery.',
    "We're reviewing telemetry to validate that users are no longer experiencing impact.",
    "We're keeping the affected infrastructure under observation to confirm recovery holds.",
    "We're holding the incident open to ensure there's no recurrence.",
    "We're awaiting confirmation from a subset of affected users that the issue is resolved.",
    "We're checking in with affected organizations to confirm that they're no longer seeing issues.",
    "We're watching for any recurrence of the errors over the next several hours.",
    "Impact has been mitigated and we're monitoring to confirm.",
    'We are closely monitoring the service to ensure that it remains healthy.',
    'A Microsoft spokesperson said service had been restored and that the company was "closely monitoring the situation to ensure stability."',
    "We're confirming with affected users that the issue is resolved.",
  ],
  mustNot: [
    'Teams is monitoring user activity incorrectly for some users.',
    "We're awaiting confirmation from our third-party networking provider on the source of the packet loss.",
    'Affected users are observing the service returning a 503 error.',
    "We're reviewing service telemetry to confirm the scope of impact.",
    "We're keeping this issue open as we gather more information about the scope.",
    'Admins who are monitoring message trace may still see entries for delayed messages.',
    "We'll monitor the situation.",
    "After a period of monitoring, we've confirmed that the issue is resolved.",
    "We'll continue to monitor the service to ensure that the problem does not happen again.",
    'We closely monitored the service to ensure that it remained healthy.',
  ],
};

/**
 * A fix done for part of what it must reach ("applied to a portion of …", "completed deployment to approximately
 * 70 percent"): still under way, read before the words of finished work are set aside.
 */
export const PART_DONE: PhraseList = {
  // Within one clause: "the fix we deployed appeared to resolve the issue, but … for some users" is no part done.
  reach: 'clause',
  phrases: [
    // Resources added to speed up work that goes on ("to expedite processing of the delayed data").
    '(additional|more|extra) (resources|capacity|workers|throughput|compute) … to (expedite|accelerate|speed up) (the )?(processing|recovery|delivery|backfill|reprocessing|restoration|propagation|saturation)',
    '(completed|finished) (* )?(approximately |about |roughly |nearly |over |more than )?#%',
    '(routed|rerouted|redirected|moved|shifted|failed over) (a portion of|part of|some of|a subset of|half of) (the )?(affected |impacted |service |user |incoming )?(traffic|requests|load|workloads|users|mailboxes|tenants|capacity|infrastructure)',
    '(halfway|half way|partway|part way) through (the |our )?(fix |code fix )?(sync|syncs|syncing|resync|resyncs|resyncing|deployment|rollout|rollback|backfill|backfilling|reprocessing|restatement|remediation|restarts)',
    '(completed|finished) (our |the )?(fix |hotfix |mitigation )?(deployment|rollout|rollback|restarts) (to|in|across|on|for) (… )?(excluding|except for|except in|with the exception of)',
    '(deployed|applied) (the |our |a )?(… )?(fix|change|mitigation|update) (to|in|across|on|for) (… )?(excluding|except for|except in|with the exception of)',
    '(applied|deployed|deploying|completed|rolled back|reverted|rerouted|redirected|restarted) … (to|in|on|for|across) (approximately |about |roughly |nearly )?(a portion of|part of|some|a subset of|a section of|half|the majority of|most of|most)',
    '(applied|deployed|deploying|rolled out|rolled back|reverted|saturated|completed deployment|finished deployment) … #%',
    '(fix|deployment|rollout|update|mitigation|change) (has )?reached … #%',
    '(completed|finished|deployed|applied|rolled back|reverted|restarted|recovered|restored) (… )?in (#|one|two|three|four|five|six|seven|eight|nine|ten) of (the )?(#|one|two|three|four|five|six|seven|eight|nine|ten) (affected |impacted )?(regions|datacenters|data centers|environments|clusters|zones|scale units|sites|farms)',
    '(some|several|many|most) (of the )?(affected |impacted )?(regions|datacenters|data centers|environments|clusters|zones|scale units) (have|has) (now )?(recovered|been restored|been mitigated|been remediated)',
    '(seeing|observing|see|observe) recovery (within|for|in|across) (a portion of|part of|some of|a subset of|some)',
    '(deployed|applied|rolled out|reverted|rolled back) (the |our |a )?(… )?(fix|change|mitigation|update|rollback|configuration change), (and|which) (it )?(is |has |has been |have been )?(now |currently |so far )?(reached|active|in place|in effect|rolled out|deployed|applied|live) (on |in |for |to |across )?(approximately |about |roughly |nearly )?(a portion of|part of|some of|a subset of|half of|the majority of|most of)',
    '(deployed|applied|rolled out) (to|in|across|on|for) … (apart from|other than|except)',
    '#% (of )?(the )?… (has|have) (now )?received (the )?(deployment|fix|update|change)',
    '(has|have) (nearly|almost|mostly|largely) (finished|completed) (rolling|deploying|applying|restarting|reverting|processing|backfilling|saturating)',
  ],
};

export const PART_DONE_EXAMPLES: PhraseExamples = {
  must: [
    "We've applied additional resources to the process to expedite processing of the delayed data.",
    'The fix has reached approximately 60% of the affected environment.',
    'We’ve completed deployment of the fix and removed the temporary version restrictions placed on some users.',
    "Our fix has been rolled out to all affected environments apart from Government cloud, where we're still working through the pre-deployment steps required before the rollout can start.",
    'Approximately 95% of the affected service environment has received the deployment, and most users should no longer see the issue.',
    "We've deployed the fix, and it's currently active on roughly half of the affected infrastructure.",
    "We've applied a mitigation to a portion of the affected infrastructure and are monitoring telemetry to confirm its effectiveness.",
    'Our fix has completed deployment to approximately 70 percent of the affected environment.',
    "We've completed deploying the fix to half of the affected servers and continue to monitor its progress.",
    "We've finished deploying the fix to approximately 70% of affected users.",
    'The impacting update has been successfully reverted on the majority of the affected infrastructure.',
    'We applied the fix in approximately half of the affected environment.',
    'We are about halfway through the resyncing process, which we expect to complete by our next scheduled update.',
    'We have completed our fix deployment in all affected environments excluding Government cloud.',
    'We have routed a portion of service requests to alternate infrastructure and confirmed that this action has reduced the frequency of errors.',
    'The fix has completed approximately 94 percent of its deployment.',
    "We've completed the rollback in two of the three affected datacenters and are monitoring recovery while we finish the rollback in the final datacenter.",
    'The reversion of the offending change has completed in three of the five affected regions and continues in the others.',
    'Some regions have recovered following the deployment of our fix, but users in Asia Pacific may continue to experience issues accessing Copilot until the fix completes deployment there.',
    'We are seeing recovery within a portion of the affected Microsoft 365 services as our backup power systems connect to impacted services.',
  ],
  mustNot: [
    "The fix has reached 100% of the affected infrastructure, and we're monitoring telemetry to confirm the errors have stopped.",
    // Availability or processing reaching a figure is recovery, not a fix that reached part of the estate.
    'Service availability has reached 99.9%, and our engineers are monitoring the environment.',
    'Backlog processing has reached 100 percent completion.',
    "Although the fix we deployed initially appeared to resolve the issue, we've received reports that impact has returned for some users.",
    "We've deployed the fix to all affected infrastructure and are monitoring to confirm.",
    "We're about halfway through our review of the diagnostic logs.",
    "We've completed our analysis of all logs except for those from the affected region.",
    "We're about halfway through our analysis of the logs collected during the deployment.",
    "We've completed the deployment of the fix and haven't observed any errors other than a small number of expected timeouts.",
  ],
};

/**
 * A failure named as what a fix is for ("optimizations to expand available resources and reduce latency"): the
 * sentence tells the remedy, not that the failure goes on.
 */
export const REMEDY_OBJECT: PhraseList = {
  phrases: [
    'monitor* (closely )?for (any )?(residual|remaining|further|lingering|additional) (impact|errors|failures|issues|delays|latency)',
    '(failed|failing|fail) (over|back)',
    '(for|prevent|preventing|against) (any |a )?(recurrence|reoccurrence|return|repeat|resurgence) of (the |any |these |those )?(… )?(latency|delays|errors|failures|timeouts|impact|issue|problem)',
    '(reduce|reducing|lower|lowering|decrease|decreasing|ease|easing|relieve|relieving|alleviate|alleviating|address|addressing|mitigate|mitigating|resolve|resolving|fix|fixing|correct|correcting|repair|repairing|prevent|preventing|eliminate|eliminating) (the |any |further |this |these |overall )?(sharepoint online |exchange online |teams |onedrive |outlook )?(* )?(latency|delays|delay|errors|error|failures|failure|timeouts|impact|issue|problem)',
    '(address|addressing|correct|correcting|fix|fixing|resolve|resolving) (the|these|this) (* )(* )(failures|errors|error|delays)',
    '(replayed|resubmitted|redelivered|reprocessed|released|requeued|re-queued|retried|replaying|resubmitting|redelivering|reprocessing|releasing|requeuing|re-queuing|retrying) (the |all |any )?(* )?(failed|delayed|stuck|quarantined|held)',
  ],
};

export const REMEDY_OBJECT_EXAMPLES: PhraseExamples = {
  must: [
    "We've deployed a fix to address the page loading failures and we're monitoring telemetry to confirm that the impact has been fully remediated.",
    "Now that our service optimizations to increase available resources and lower overall latency are in place, we're watching service health telemetry to confirm latency has been relieved.",
    "The issue has been mitigated, and we're continuing to monitor for any residual impact.",
    "We've applied a configuration change to address the SharePoint Online search latency and are monitoring the service to confirm resolution.",
    "We've implemented optimizations to expand available resources and reduce latency.",
    'We are continuing to monitor service health telemetry following our service optimizations aimed at expanding available resources and reducing overall latency.',
    "We're watching for any recurrence of the errors over the next several hours.",
  ],
  mustNot: ['Users may experience latency when accessing mailboxes.'],
};

/**
 * A finding: the failure told as what the cause explains ("our analysis has identified that users are unable to
 * access chat due to oversized cookies"). It says why, not that the failure goes on after the fix.
 */
export const FINDING: PhraseList = {
  phrases: [
    '(analysis|investigation|review) … (has|have) (identified|determined) that … (due to|because|caused by|as a result of|resulting in|which resulted in|leading to|which led to)',
    '(we|engineers) (have|has) (identified|isolated) that … (is|are|was|were) (causing|resulting in|leading to|responsible for|contributing to|preventing)',
    '(we|engineers) (have|has) determined that (a|the) (recent )?(code |configuration |service )?(change|update|deployment) … (is|are|was|were) preventing',
    '(we|engineers) (have|has) (identified|isolated|determined) that … (introduced|caused) … (which|that) (is|are|was|were) (causing|resulting in|leading to)',
    // The scope found, not a failure that goes on after the fix: "users can still create channels but may be unable to …".
    '(we|engineers) (have|has) (validated|confirmed|determined) that (users|admins|customers) can (still )?… but (may be unable|may not be able|cannot|are unable)',
    // The incident's own impact as the effect ("… causing the impact"), not a symptom found after a fix ("… causing some users to be unable").
    '(identified|determined|found|isolated|discovered|established|pinpointed|traced|showed|revealed) … … (causing|resulting in|leading to|contributing to|responsible for) (the )?(* )?(impact|issue|problem|delays|this)',
    '(identified|determined|found|isolated|discovered|established|pinpointed|traced) … … … (resulted in|led to|caused) (the )?(impact|issue|problem)',
    '(traced|attributed) to (a|an|the|heavy|high|increased|recent|unexpected)',
    '(identified|determined|confirmed|found) as (the )?(likely |underlying |root )?(source|cause|reason)',
    '(identified|determined|found|isolated|discovered|established|pinpointed|traced|showed|revealed) … … (caused|resulted in|led to|was causing|were causing|was responsible|were responsible|due to|because)',
    '(received|receiving) (… )?reports (from|of|that|indicating)',
    '(were|was|became) (made )?aware of',
    '(monitoring systems?|service monitoring|automated monitoring) (… )?(has |have )?(identified|detected|alerted|notified)',
  ],
};

export const FINDING_EXAMPLES: PhraseExamples = {
  must: [
    'We identified that an upstream data pipeline responsible for populating reports in the Microsoft 365 admin center was degraded, causing reporting delays.',
    "We've identified that a recent change within the service was causing impact.",
    'A recent service change was found to be causing impact.',
    'The delays in processing Copilot usage reports have been traced to an upstream data dependency issue.',
    'Separately, a DNS issue was identified as the cause of failing sign-in requests.',
    "We've received reports that users may not be able to generate responses in Copilot Chat.",
    'We were made aware of this issue from internal reports indicating that users may not be able to access the Communities section and receive an error.',
    'Our service monitoring alerted us that an issue is impacting all education tenants.',
    "We've determined that a recent code change is preventing users from accessing Outlook on the web from a specific link within Outlook.",
    "We've identified that a recent service deployment introduced compatibility issues with required applications, which is causing resource loading failures for affected users.",
    "After further analysis, we've validated that users can still create shared channels but may be unable to add new users to these channels.",
    'Our analysis of client side logs has identified that users are intermittently unable to access the chat feature due to the requests being rejected.',
    'Our analysis has determined that users were unable to sign in because of a misconfigured token provider.',
    "We've identified that a recent rollout of an authentication configuration is causing failures when processing requests to the listed affected scenarios.",
  ],
  mustNot: [
    "We've deployed the fix, and we've determined that stale DNS records are causing some users to be unable to connect.",
    'Users are intermittently unable to access the chat feature due to a networking issue.',
    'We have confirmed that users are still unable to access the chat feature.',
    'Our telemetry has confirmed that users in Europe are still unable to access Microsoft Teams due to a residual caching issue.',
  ],
};

/** Work to stop it happening again, not to end it ("while additional preventive actions are underway"). */
export const PREVENTION: PhraseList = {
  phrases: [
    '(preventive|preventative|proactive) (action|actions|measures|steps|work)',
    'to prevent (a )?(recurrence|reoccurrence|similar)',
  ],
};

export const PREVENTION_EXAMPLES: PhraseExamples = {
  must: ["We're continuing to monitor the service to ensure processing remains stable while additional preventive actions are underway."],
  mustNot: ["We're applying a fix to prevent further impact."],
};

/** Work told as finished in the words of the work itself ("completed reverting"): not under way any more. */
export const WORK_COMPLETED: PhraseList = {
  phrases: [
    // First: one regex takes the leftmost, first-listed match, and "finished rolling back X and applying Y" is one finished piece of work.
    '(completed|finished) … and (implementing|applying|deploying|rolling out|restarting|rerouting|redirecting|reverting|rolling back|removing|disabling)',
    '(completed|finished) (reverting|rolling back|deploying|applying|restarting|rerouting|redirecting|implementing|rolling out|taking|removing|pulling|failing over)',
    '(completed|finished) (the )?(reversion|rollback|roll back|deployment|rollout|roll out|restarts)',
    '(after|since) (reverting|rolling back|deploying|applying|restarting|rerouting|failing over|redirecting)',
    '(after|since) (making|implementing) (our|these) (… )?(change|changes|fix|mitigation)',
    '(following|subsequent to) (the|our) (* )?(rebalancing|rerouting|redirection|failover|restart|restarts|reprocessing|backfill|restatement|resync|resyncs|reversion|rollback|roll back)',
    '(following|subsequent to|since) (the|our) (deployment|rollout|roll out|application|implementation) of (the|our) (* )?(fix|fixes|hotfix|patch|mitigation|remediation|configuration change|change|changes)',
    '(following|subsequent to|since) ((the|our) )?successful (deployment|rollout|roll out|application|implementation) of (the|our) (* )?(fix|fixes|hotfix|patch|mitigation|remediation)',
    '(after|since) our (* )?(rebalancing|rerouting|redirection|failover|restart|restarts|reprocessing|backfill|restatement|resync|resyncs|reversion|rollback|roll back) of',
    'having (applied|deployed|reverted|rolled back|rerouted|restarted|failed over|implemented) (the|our) (… )?(fix|mitigation|change|rollback|update|configuration)',
    '(deployment|rollout|roll out|rollback|roll back|reversion|rebalancing|rerouting|redirection|failover|restart|restarts|reprocessing|backfill|restatement|resync|resyncs|application|remediation|mitigation) (actions |steps |efforts |work )?(of … )?(has|have) (now )?(been )?(fully )?(completed|concluded|finished)',
    '(have|has) (now )?(fully )?processed (the|all|our) (… )?(backlog|backlogged|queued|delayed)',
    'backlog (… )?(has|have) (now )?been (fully )?(processed|cleared|drained)',
    '(completed|finished|concluded) (the |our )?(* )?(failover|rerouting|rebalancing|redirection|restarts|reboots)',
    '(has|have|is|are) (now |since )?(fully|completely) saturated',
    '(deployment|rollout|rollback|development|validation) of (the|a|our) (code )?(fix|hotfix|patch|mitigation) (has )?(completed|finished|is complete)',
    'process of (backfilling|restating|reprocessing|replaying|regenerating) … (has|have) (now )?(completed|finished)',
    // A remedy told as what achieved the result ("rolling back the change remediated impact").
    '(restarting|rerouting|rolling back|reverting|failing over|redirecting|disabling|re-enabling|rebalancing|applying|deploying|reprocessing) (* )?(* )?(* )?(* )?(* )?(has |have |had )?(successfully |fully )?(restored|resolved|remediated|mitigated|fixed|addressed|alleviated|relieved)',
    '(completed|finished|concluded) (the |our )?(* )?(* )?(efforts|work|recovery|restart|restarts|deployment|rollout|roll out|rollback|reversion|restoration|expansion|migration|failover|rebalancing|backfill|reprocessing|remediation|mitigation|repairs|cleanup|redeployment|optimizations|optimisations|implementation)',
    '(completed|finished) (incrementally |manually |gradually )?(restoring|scaling|expanding|recovering|re-deploying|redeploying|reprocessing|replaying|backfilling|repairing|disabling|removing|re-enabling|enabling|replacing|rebuilding|resyncing|clearing|updating|rebalancing|re-adding|readding)',
    '(deployment|rollout|release|redeployment|rollback|roll back|reversion|restart|restarts|backfilling|backfill|reprocessing|recovery|remediation|mitigation|application|reroute|rerouting|rebalancing|redirection) (of … )?(is|are) (now )?(fully )?complete',
    '(following|since) (the )?(successful )?(deployment|application|rollout|release|implementation|completion) of (the |our )?(* )?(fix|fixes|hotfix|patch|mitigation|mitigations|rollback|remediation|(mitigation|corrective|remediation) actions)',
    '(has|have) (now )?(fully |completely )?propagated',
    '(efforts|work|actions|steps) to (apply|deploy|roll back|revert|restart|reroute|redirect|rebalance|restore|recover|reverse|repair|replace|remediate|mitigate) … (has|have|is|are) (now )?(been )?(fully )?(completed|complete|finished|concluded)',
    '(deployment|rollout|roll out|rollback|restarts|remediation|mitigation) (has|have) (now )?(been )?(fully )?(completed|finished) (for|to|across|on|in) (the )?(remaining|rest of the)',
    '(have|has) (now )?(* )?… and (cleared|drained|processed) (the|a|our|this) (… )?(backlog|backlogged|queue)',
    '(deployment|rollout|roll out|rollback|release) of (the|our) (* )?(* )?(fix|fixes|hotfix|patch|mitigation|change|update) (has|have) (now )?(fully |completely )?(saturated|propagated|completed|finished)',
    '(has|have) (now )?(completed|finished|reached) (full )?saturation',
    '100% (complete|completed|saturated|deployed)',
  ],
};

export const WORK_COMPLETED_EXAMPLES: PhraseExamples = {
  must: [
    "We've finished redirecting request traffic to healthy infrastructure and reverting the change mentioned earlier.",
    'We’ve completed the rollback of the offending update.',
    "We've completed disabling the impacting change and our telemetry shows significant improvement.",
    'Redeployment of the add-in is complete.',
    "Following completion of the fix deployment, we've observed improvements in our internal telemetry.",
    "We'll continue to monitor to validate recovery now that the fix has fully propagated through the service.",
    'Our efforts to apply the aforementioned configuration changes have completed and we’re monitoring our service-side telemetry to ensure that the configuration changes are having the desired effect.',
    "Our deployment has completed for the remaining affected users and we're reviewing service telemetry to confirm the issue is remediated.",
    "We've disabled the offending provisioning feature and cleared the backlog of accumulated requests, and we're monitoring to confirm that the impact is remediated.",
    'Deployment of our fix has now fully saturated the affected infrastructure.',
    'The solution to improve traffic dispersal has reached full saturation, and initial internal checks indicate the problem has stopped.',
    "We've confirmed that restarting the affected infrastructure remediated impact.",
    'Rolling back the change resolved the issue.',
    "We've completed the traffic rebalancing, and service telemetry indicates that impact has been mitigated.",
    'Since making our configuration changes, we have seen some recovery of the service infrastructure.',
    "We've completed reverting the offending update.",
    "We've completed the rollback of the update.",
    "After applying the fix and receiving initial reports from users, we're conducting additional testing with affected users.",
    "We've confirmed that our fix deployment has fully saturated throughout the affected infrastructure.",
    "We've completed reverting the aforementioned update and implementing additional routing changes to relieve traffic pressure.",
    "We're seeing improvements in internal telemetry after the deployment of the fix completed.",
    "We've confirmed that the process of backfilling the impacted reports has completed.",
    "Following the deployment of the fix to the affected Exchange Online infrastructure, we've observed that mail flow has returned to expected levels.",
    "Having applied the targeted mitigation, we've confirmed via internal testing that alerts are being generated as expected.",
    'The rerouting of traffic has been completed and availability of Azure Virtual Network gateways has been restored.',
    'Subsequent to the rebalancing of traffic, Azure Virtual Network gateway connections have stabilized.',
    'Reprocessing of the affected items has completed and content is appearing in search results as expected.',
    'Following the traffic rebalancing, telemetry indicates that meeting join requests are succeeding at expected rates.',
    "We've processed the backlog of delayed alerts and new alerts are now appearing without delay.",
    "Following the restarts, we're seeing a return to normal error rates.",
  ],
  mustNot: [
    'Following the successful deployment of our latest change to the meeting join service, some users began experiencing failures when joining Teams meetings.',
    "We're restarting the affected infrastructure to remediate impact.",
    "We're reverting the offending update.",
    'The deployment is expected to complete by 18:00 UTC.',
    "After the deployment of the fix completes, we'll monitor the service.",
  ],
};

/** A fix or mitigation has been carried out ("we've rolled back the change", "following our mitigation efforts"). */
export const FIX_DONE: PhraseList = {
  phrases: [
    ...REMEDY_DONE_PHRASES,
    '(have|has) made (a|an|the|our) (targeted |configuration |network |service |routing )?(change|changes|fix|update)',
    '(have|has) (identified|isolated|found) and (rolled back|reverted|disabled|removed|fixed|corrected) (a|an|the|this|that) (… )?(change|update|configuration|deployment|feature|flag|code|build|setting|bug|issue)',
    '(we|engineers) (have|has) (manually |successfully )?reinstated',
    ...WORK_COMPLETED.phrases,
    '(have|has) (successfully |now |fully )?(rolled back|reverted|completed|applied|deployed|finished|restarted|rerouted|redirected|failed over)',
    '(have|has) (successfully |now )?implemented (a|an|the|our) (configuration |code |targeted |service )?(change|fix|update|hotfix|patch)',
    '(have|has|we) rolled (it|them|this|that|these|those) back',
    '(fix|change|mitigation|rollback|update) (has|have) (now )?been (successfully |fully )?(deployed|applied|rolled back|reverted|completed)',
    '(fix|hotfix|patch|mitigation|rollback) (was|were) (successfully |fully )?(deployed|applied|rolled back|reverted)',
    '(fix|mitigation|rollback|deployment|failover|restart|restarts|remediation) (was|were|is|are) (now )?(successfully |fully )?(complete|completed|finished)',
    'following our (mitigation*|change|changes|fix|rollback|actions?|efforts?)',
    '(fix|mitigation|change|configuration change|rollback) (is|are) (now )?(fully )?in place',
    '(fixes|mitigations|changes|optimizations|optimisations|updates) (… )?(is|are) (now )?(fully )?in place',
    '(patch|hotfix) (is|are) (now )?(fully )?in place (across|on|throughout|for) (all )?(the )?(affected|impacted)',
    '(fix|mitigation|change|configuration change|rollback|patch|hotfix) (is|are) (now|fully|now fully) (applied|deployed)',
    '(restart|restarts|failover|rollback|roll back|reversion|remediation|mitigation) (was|were|has been|have been) successful',
    '(have|has) taken (steps|action|actions|measures) to',
    // An Azure review's "Mitigation:" section tells what engineers did, in the simple past.
    'engineers (deployed|applied|performed|rolled back|reverted|restarted|failed over|rerouted|redirected)',
    '(we|engineers) (successfully )?(deployed|applied|completed) (a |the |an |our )?(code |configuration |platform |targeted )?(fix|hotfix|mitigation|patch|remediation|rollback)',
    '(we|engineers) (successfully )?(rolled back|reverted|restarted|failed over|rerouted|redirected)',
    // Microsoft, in the perfect tense, with the verb of a remedy: "we've reversed the change", "we've since
    // rebalanced traffic", "we have paused our maintenance work".
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(reversed|rolled back|reverted) (the|this|that|our|a|an) (… )?(change|changes|update|deployment|configuration|build|release|code)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(rebalanced|redistributed|rerouted|redirected|failed over|shifted) (the )?(affected |impacted |incoming |service )?(traffic|load|requests|workloads|connections)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(paused|halted) (the|our) (… )?(maintenance|deployment|rollout|update|change|upgrade|migration|work)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(disabled|re-enabled|reenabled) (the|this|that) (offending |problematic |impacting |affected |faulty )?(feature|flag|setting|component|change|update|configuration)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(restored|repaired|rebuilt|replaced|recycled|restarted|reconfigured|corrected|reprocessed|backfilled) (the |a |an )?(affected|impacted|degraded|faulty|unhealthy|misconfigured|offending|problematic|delayed|missing|expired)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(released) (the )?(fix|hotfix|patch|quarantined|held|affected|delayed|stuck)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also )?released (the )?(… )?(messages|emails|email|mail|items) (that were |which were )?(held|quarantined|stuck|delayed|affected)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(optimized|optimised|scaled (up|out)) (the )?(affected |impacted )?(infrastructure|traffic|routing|resources|capacity|configuration|service)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(added|increased|expanded) (additional |more |the )?(capacity|resources|infrastructure|throughput) (to|in|for|across|within) (the )?(affected|impacted)',
    '(we|engineers|microsoft) (have|has) (since |now |successfully |manually |already |also |temporarily )?(added|brought|put|moved) (the )?(missing|affected|impacted|removed|deleted) … back',
    '(has|have) (now |since |also )?been (successfully |fully |manually |now )?(deployed|applied|implemented|rolled back|reverted|undone|restarted|rebooted|recycled|rerouted|redirected|failed over|rebalanced|re-added|readded|re-enabled|reenabled|redeployed|re-deployed|repaired|corrected|reinstated|disabled|turned off|switched off|scaled out|scaled up|patched|fixed|addressed|rolled out|brought online|brought back online|optimized|optimised|retriggered|re-triggered|backfilled|reprocessed)',
    '(been|was|were) (identified|isolated|found|located) and (undone|reverted|rolled back|disabled|removed|fixed|corrected|repaired|addressed)',
    `${WHO_FIXES} (have|has) ${HOW_DONE}(undone|fixed|addressed|resolved|re-added|readded|retriggered|re-triggered|turned off|switched off) (the|a|an|this|that|these|those|our) (* )?(* )?(change|changes|update|updates|configuration|issue|problem|bug|regression|deployment|feature|setting|settings|flag|actions|calculations|process|processes|component|components|data|pipeline)`,
    `${WHO_FIXES} (have|has) ${HOW_DONE}(optimized|optimised) (the )?(affected |impacted )?(scaling|performance|routing|traffic|capacity|resources)`,
    '(changes|change|fix|fixes|updates) (to … )?(has|have) (now )?been made',
  ],
};

export const FIX_DONE_EXAMPLES: PhraseExamples = {
  must: [
    "We've taken the degraded hosts out of rotation, and telemetry indicates recovery.",
    "We've resynced the affected licenses and are monitoring the service to confirm that impact is remediated.",
    "The necessary changes to the impacted upstream data pipeline have been made, and we've verified that the service is recovering.",
    'The offending configuration change has been fully rolled back.',
    'A previous configuration change that appears to have disrupted an authentication workflow within the service has been identified and undone.',
    "We've since undone the mitigation actions and returned traffic to the original infrastructure.",
    "To mitigate this impact, we’ve optimized scaling throughout the affected infrastructure, and we're monitoring to confirm that impact is remediated.",
    'The patch is now in place across all impacted servers.',
    "We've confirmed that the restarts were successful.",
    "Following successful deployment of the fix, we're no longer observing any failures in telemetry.",
    "We've rolled back the change and are monitoring the service.",
    'We have completed the deployment and are monitoring.',
    "The fix has been deployed and we're validating that it has resolved the issue.",
    'Our telemetry indicates that a majority of impacted services are recovering following our change.',
    "After reverting the change, we've confirmed that impact has been remediated.",
    'Mitigation: Engineers deployed a platform hotfix to mitigate the issue.',
    'Mitigation was completed at 14:00 UTC.',
    'We successfully deployed the fix to the affected infrastructure and conducted additional remediation actions to resolve the issue.',
    'The deployment of the fix is complete and we are monitoring the service.',
    'The fix was deployed to the affected infrastructure.',
    'We have identified and reverted a previous configuration change that appears to have affected an authentication workflow within the service.',
    'We have manually reinstated the entirety of the networking infrastructure slated for service load.',
    "We've made a configuration change to the affected infrastructure and telemetry indicates that service is recovering.",
    "We've confirmed that the fix is in place and our service telemetry shows that Teams chat messages are now being delivered without delay.",
    'We have implemented a configuration change in order to resolve the compatibility issue.',
    "We've reversed the change.",
    "We've since rolled back this deployment.",
    "We've manually rebalanced traffic.",
    'We have paused our maintenance work.',
    "We've disabled the offending feature.",
    "We've added additional capacity to the affected region.",
    "We've added the missing applications back to affected service infrastructure.",
  ],
  mustNot: [
    "We've updated the affected component list in this post to include SharePoint Online.",
    "We've rotated a certificate in our authentication infrastructure earlier today, and we're investigating whether this change is contributing to the sign-in failures.",
    "We've rebuilt the timeline of events leading up to the impact and are reviewing each recent change to determine the source.",
    "Microsoft has released a new version of the Outlook client, and we're investigating whether it's related.",
    "We've corrected the impact statement in this communication.",
    "We've added additional resources to the investigation team.",
    'A recent service update is now in place.',
    'Our internal test of the fix was successful.',
    "We're monitoring as the secondary fix is deployed to clean up affected agents.",
    'We will roll back the change.',
    'The fix has not been deployed yet.',
    "We're continuing to monitor as services recover.",
    'The deployment is expected to complete by 18:00 UTC.',
    // A change told as the cause is no fix.
    'Earlier today we deployed a configuration change that caused the outage.',
    'We have identified a recent change that may be contributing to impact.',
    'A recent change made to the service caused impact.',
    "We've added additional details to the More info section.",
  ],
};

/** Microsoft watches the service: after a fix, to see it hold. */
export const WATCHING: PhraseList = {
  phrases: [
    '(remain|continue|continuing|keep|will keep) (to )?(actively |closely |carefully )?monitor*',
    'period of (extended )?monitoring',
    'monitor* (the service |the environment |service health |telemetry )?(for stability|to ensure|to confirm|for full recovery|to validate)',
    'extended recovery',
    'verify* (that )?(the|service|impact)',
    'verify* recovery(.|,|;| (for|of|in|across|after|following|and|as|with|is|has|have|holds|hold))',
    'validat* (that )?(the service|recovery|impact)',
    '(final|remaining) (validation*|verification*|checks)',
    '(we will|we are|we) (continue to )?(keep|keeping) (a close eye on|watching|an eye on) (the )?(service|services|telemetry|service health|environment|situation|platform)',
    '(final|last) stages? of (our )?monitoring',
    '(continue|continuing) to validate (over|for|throughout|during)',
    ...WATCHING_TO_CONFIRM.phrases,
    '(watching|tracking|observing|watch|track|observe) (closely |carefully )?(our |the |its |their )?(service |service-side |service health |internal |health )?(telemetry|environment|service health|health of the service|service availability|availability|signals|recovery signals)',
    // "monitoring telemetry" is also telemetry's name ("reviewing monitoring telemetry"): the watch needs its object's article.
    '(monitoring|monitor) (closely |carefully )?(our|the|its|their) (service |service-side |service health |internal |health )?(telemetry|environment|service health|health of the service|service availability|availability|signals|recovery signals)',
    '(monitoring|monitor) (closely |carefully )?(service health|service availability|recovery signals)',
    '(continues|continue|continuing) to be (closely )?monitored',
    '(extended )?(monitoring|observation) period (of … )?(is|remains) (now )?(underway|under way|in progress|ongoing)',
    '(carrying out|conducting|in) (an |the |our )?(extended )?(monitoring|observation) period',
    '(working|testing) with (some |a subset of |a sample of )?(affected|impacted) (users|customers|admins|organizations) (on|to|for) (further |additional )?(testing|validate|validation|confirm|verify)',
    '(running|conducting) (additional |further )?(tests|testing|checks) with (some |a subset of |a sample of )?(affected|impacted) (users|customers|admins|organizations) to (confirm|verify|validate)',
    '(waiting|wait) for (the )?(remaining |other |a sample of |a subset of |some )?(affected |impacted )?(users|customers|admins|organizations) to confirm (that |so )?(the |we )?(issue|problem|fix|impact|it|resolution|remediation|can ensure)',
    "(awaiting|await) (their|user|users') (confirmation|feedback)",
    '(extended )?monitoring (remains|is) in place',
    '(continuing|continue) (our|the) (extended )?monitoring',
    '(watching|observing|monitoring) the service (to|for|as|while|closely)',
    '(is|are|remains|remain) under (extended|close|continued) (observation|monitoring)',
  ],
};

export const WATCHING_EXAMPLES: PhraseExamples = {
  must: [
    'The service is under extended observation to confirm it remains stable, and to address any lingering impact on other Microsoft 365 services',
    "We'll then observe service telemetry for recovery.",
    "We're monitoring the environment to confirm that impact is remediated.",
    "We'll monitor service health to confirm impact is remediated.",
    'Processing continues to be monitored to confirm it remains stable, and additional preventive measures are in progress.',
    "We're carrying out an extended monitoring period of service telemetry to verify the root cause of impact.",
    'The team is now working with some affected users on further testing to validate the resolution.',
    "We're running additional tests with affected users to confirm the problem is resolved for everyone.",
    "We're waiting for the remaining users to confirm so we can ensure the issue is fully resolved across all impacted infrastructure.",
    "We've entered a period of extended monitoring to ensure that the service remains stable.",
    "We're continuing to monitor as services recover.",
    'We are continuing to actively monitor the situation.',
    "We'll keep watching the service to confirm the issue has been remediated.",
    "We're in the final stages of monitoring and, pending no further reports, we expect to mark this issue as resolved within the next few hours.",
    "We'll continue to validate over the coming hours.",
  ],
  mustNot: [
    "We're keeping a subset of affected mailboxes under observation to collect additional diagnostic data.",
    "We're running additional tests with affected users to reproduce the issue, as we haven't been able to reproduce it internally.",
    "We're waiting for affected users to confirm whether they see the error on a specific client build so we can narrow down the cause.",
    'A monitoring period will begin after the restarts finish across the affected servers, which we expect by 18:00 UTC.',
    "We're reviewing monitoring telemetry and recent changes to isolate the source of the issue.",
    'We will monitor the situation.',
    'We are investigating the cause.',
  ],
};

/**
 * Microsoft checks whether the fix worked, with the people who reported the issue ("reaching out to a subset of
 * affected users to confirm full remediation") or on its own ("validating that the fix has resolved impact"): the
 * fix is in, its effect is being checked.
 */
export const FIX_BEING_CHECKED: PhraseList = {
  phrases: [
    // Watching before the incident is closed, told as what comes next.
    'will (continue to )?(monitor|observe|watch) … (before|prior to) (declaring|marking|closing) (the|this) (incident|issue|event)',
    'will continue to (monitor|observe|watch) … to (ensure|confirm|validate|verify) (that )?(the )?(issue|impact|problem|fix|mitigation) (is|has been|remains) (fully )?(resolved|remediated|mitigated|effective)',
    'will confirm (that )?(the )?(issue|impact|problem) (is|has been) (fully )?(resolved|remediated|mitigated) (by|in|within|over) (our |the )?(next|coming)',
    '(validating|verifying|confirming|checking|evaluating) (with … )?(that|whether|if) (the |our |this )?(configuration |code )?(fix|fixes|change|changes|mitigation|rollback|update|deployment|action|actions|reversion) (we applied |we deployed |we made )?(has |have )?(successfully |fully |effectively )?(resolved|remediated|mitigated|addressed|fixed|worked|restored|alleviated)',
    '(are|is|now|currently|also) (reaching out to|contacting|following up with|engaging with) … (users|customers|admins|organizations|organisations|tenants) (… )?to (confirm|verify|validate) (full |complete )?(remediation|resolution|mitigation|recovery)',
    '(are|is|now|currently|also) (reaching out to|contacting|following up with|engaging with) … (users|customers|admins|organizations|organisations|tenants) (… )?to (confirm|verify|validate|ensure) (that |whether |if )?(the |our )?(fix|change|mitigation|rollback|issue|impact) (has |have |is |was )?(been |now |fully |successfully )?(effective|working|worked|resolved|remediated|mitigated)',
    '(confirm|verify|validate|ensure) (that )?(the |our )?(deployed |applied |implemented )?(fix|change|changes|mitigation|rollback) (was|is|has been|has|have) (successfully |fully )?(effective|resolved|remediated|mitigated|worked|working|addressed)',
    '(checking|check) with (some |a subset of |the )?(affected|impacted) (users|customers|admins|organizations) to (confirm|verify|validate)',
    'outreach to (some |a subset of |the )?(affected|impacted) (users|customers|admins|organizations) (for|to) (additional |further )?(confirm*|verif*|validat*)',
    '(confirm|determine|verify|validate|check) (whether|if|that) (or not )?(any )?(additional|further) (mitigation|mitigative|mitigating|remediation|corrective) (actions |steps |measures )?(are|is|will be) (not |no longer )?(needed|required|necessary)',
    '(working with|reaching out to|contacting|following up with|engaging with|checking with) … (users|customers|admins|organizations|organisations|tenants) (… )?to (confirm|verify|validate) (that )?(it|the issue|the problem|impact|the impact|this|the fix) (is|has been|was) (now )?(fully )?(resolved|fixed|remediated|mitigated|effective)',
  ],
};

export const FIX_BEING_CHECKED_EXAMPLES: PhraseExamples = {
  must: [
    "We're monitoring service telemetry to validate that the fix has remediated the impact.",
    'Our team is checking with impacted users to confirm the fix was effective and that the problem is mitigated.',
    "We're beginning outreach to some impacted users for additional confirmation.",
    "We're still reaching out to organizations that reported the issue to verify that the impact has been resolved now that the change has been reverted.",
    "We're now contacting some affected users to confirm whether any further mitigation steps are required.",
    "We'll continue to monitor telemetry to ensure the issue is fully resolved.",
    "We'll monitor performance over the next several hours before declaring the incident resolved.",
    "The fix is applied, and service health has stabilized; we'll confirm the issue is resolved by our next scheduled update.",
    'We are reaching out to a subset of affected users to confirm full remediation.',
    "We're reaching out to affected users to confirm that the fix has been effective and that the issue has been mitigated.",
    "We're validating that the fix has resolved impact for all affected users.",
  ],
  mustNot: [
    "We're still reaching out to affected admins to confirm the scope of impact and determine which tenant configurations are involved.",
    "We're checking with affected users to collect HAR files and screenshots, which will help us identify the cause of the loading failures.",
    "Once the fix is deployed, we'll continue to investigate the cause.",
    'After confirming recovery, engineers monitored the service for two hours before declaring the incident mitigated at 19:10 UTC.',
    "We're reaching out to a subset of affected users to collect HAR logs.",
    "We're working with affected users to gather diagnostic data.",
    "We're working with a subset of affected users to validate the root cause.",
    "We're reaching out to a subset of affected users to validate whether disabling the new feature would resolve the issue.",
    "We're contacting affected admins to confirm whether the reported sorting behavior is expected behavior or a regression.",
  ],
};

/**
 * The people Microsoft contacts ("reaching out to some users who initially reported the issue"): neither work nor the
 * part of the service a fix has reached, so "completed reverting the update and are reaching out to some users" is
 * no fix done for "some".
 */
export const PEOPLE_CONTACTED: PhraseList = {
  phrases: [
    '(reaching out to|contacting|following up with|engaging with|working with) (a subset of |a sample of |some |the )?(affected |impacted )?(users|customers|admins|organizations|organisations|tenants)',
  ],
};

export const PEOPLE_CONTACTED_EXAMPLES: PhraseExamples = {
  must: ['We have completed reverting the offending update and are reaching out to some users who initially reported the issue.'],
  mustNot: ['We have applied the fix to some of the affected infrastructure.'],
};

/** Any mitigation word: a mitigation has started, unless the sentence says it has not. */
export const MITIGATING: PhraseList = {
  phrases: [
    'appl(ied|ying)',
    'apply (a|an|the|our|additional|targeted|further|mitigation*|fix*|change*|configuration*|update*|patch*|hotfix*)',
    'deploy(s|ing)?',
    '(have|has|had|been) (successfully |now )?deployed',
    'deployment of (a|the) (fix|mitigation|change|update|hotfix)',
    'roll* (out|back)',
    'implement(s|ed|ing)?',
    'revert*',
    'fail* over',
    'rerout*',
    'redirect*',
    'restor*',
    'recover*',
    'remediat*',
    'load shed*',
    'mitigat*',
    '(develop*|validat*|test*|prepar*|implement*|deploy*|apply*|roll* out) (a|an|the|our|this) (potential |possible |temporary |interim |new |service-side |server-side )?workaround',
    '(fix|hotfix|patch|solution) (has|have) (now )?been (developed|built|created|prepared|validated|finalized)',
    '(fix|hotfix|patch|solution) (… )?(is|are) (now |currently )?being (worked on|developed|built|prepared|tested|validated)',
    '(rolling|deploying) (it|the fix|them) (out )?to (test|testing|validation) (environments?|rings?)',
    '(developed|built|created|prepared|validated|tested|finalized|finalised) (a|an|the|our) (* )?(code )?(fix|change|hotfix|solution|remediation|mitigation|update|patch)',
  ],
};

export const MITIGATING_EXAMPLES: PhraseExamples = {
  must: [
    "A fix has been developed, and we're testing it before deployment.",
    "We've developed a fix and started rolling it out.",
    "A fix addressing the upstream source is being worked on, and we'll ensure the report data is caught up.",
    "A service-side fix has been developed, and we're rolling it out to test environments to confirm it works before we push it to the affected environments.",
    'We are applying a configuration change.',
    'We have initiated a failover to restore service.',
    "We're developing a service-side workaround for the affected tenants.",
  ],
  mustNot: [
    'We are investigating the cause.',
    'We have identified the cause.',
    // A recent deployment is a suspect, not a fix.
    "We're reviewing the recent deployment to determine whether it's contributing to impact.",
    // Scope, not action.
    'This issue only applies to users hosted in North America.',
    'We are reviewing the implementation of a recent change.',
    // A workaround is what people do, not Microsoft's mitigation (corpus dev, CP1253444).,
    'We have removed this workaround from the "More info" section of this communication.',
  ],
};

/**
 * The sentence tells what people experience ("users may be unable to recover deleted items"): its words of
 * restoring or recovering name a feature, not Microsoft's work, so the catch-all MITIGATING skips it.
 */
export const PEOPLE_EXPERIENCE: PhraseList = {
  phrases: [
    '(users?|customers?|admins?|people|tenants?|organizations?|organisations?) … (may|might|could|cannot|can not|unable|are unable|will be unable|experienc*|encounter*)',
  ],
};

export const PEOPLE_EXPERIENCE_EXAMPLES: PhraseExamples = {
  must: [
    "We're investigating an issue where users may be unable to recover deleted email.",
    'Customers may experience failures when restoring backups.',
  ],
  mustNot: ["We're working to restore the infrastructure to a healthy state to achieve recovery.", 'We are rerouting traffic.'],
};

/** Still looking for a fix: beats "monitoring" ("we're monitoring the service … to identify a mitigation plan"). */
export const STILL_LOOKING: PhraseList = {
  phrases: [
    'no (mitigation|fix) (is |has |has been )?(in place|available|yet|identified|deployed|applied|been deployed|been applied)',
    '(there is|there is currently|we have) no (known |viable |available |effective )?(mitigation|fix)',
    '(while|as) (we|engineers) (continue to )?investigat*',
    '(exploring|considering|identifying|evaluating|investigating|reviewing|determining|discussing) (potential |possible |various |several |all |any |the best |the optimal |our )?(mitigation|mitigations|options|workstreams|remediation|fix|fixes|solutions|workarounds|next steps)',
    '(mitigation|mitigating|mitigative|remediation|recovery|resolution) (option|options|path|paths|plan|plans|strategy|strategies)',
    'what (additional |further |other )?(remediation|mitigation|mitigating|mitigative|corrective) (actions|steps) (are|is|may be|will be) (required|needed|necessary)',
    '(determine|identify|inform|plan|decide) (our |the )?(next steps|path) (towards|toward|to|for) (remediation|mitigation|resolution|remediate|mitigate|resolve)',
    '(determining|identifying|deciding on) (our |the )?(next )?(best )?steps (towards|toward|to|for) (remediation|mitigation|resolution|remediate|mitigate|resolve)',
    'mixed results',
    '(but|however|and|yet|,) (the )?(impact|issue|problem|errors|failures) (still )?persists?',
    '(but|however),? (users|customers|some users|affected users) (continue|continues) to (experience|see|encounter|report)',
    '(observed|observing|seeing|reporting|reports of|received reports of) (a |an )?(return|recurrence|reoccurrence|resurgence) of',
    '(unsuccessful|ineffective|not successful|not effective) in (fully |completely )?(remediat*|mitigat*|resolv*|restor*|fix*|reduc*|alleviat*|address*)',
    '(evaluat*|assess*|determin*|identify*) (and (validat*|test*) )?(the )?most (effective|appropriate|optimal|suitable|efficient) (solution|fix|mitigation|remediation|approach|option)',
    'next steps (in|for|to|towards|toward) (mitigat*|remediat*|resolv*|restor*)',
    '(identify|determine|decide on|plan) (our |the )?most (effective|appropriate) next steps',
    'next steps (required|needed|necessary) to (mitigate|remediate|resolve|restore)',
    'next troubleshooting steps',
    '(did|does|has|have) not (successfully |fully )?(resolve|resolved|mitigate|mitigated|fix|fixed|address|addressed|remediate|remediated|alleviate|alleviated|reduce|reduced)',
    '(inform|determine|identify|plan|decide) (our |the )?next troubleshooting steps',
    '(considering|evaluating|exploring|assessing|weighing) (whether to )?(reverting|reversing|rolling back|deploying|applying|restarting|rerouting|failing over|redirecting|disabling)',
    '(confirm|determine|identify|decide on|evaluate) … (mitigative|mitigating|mitigation|remediation) (steps|actions)',
    '(confirm|confirming|validate|validating|verify|verifying) … (as|is) the (likely |potential |underlying )?(root )?(cause|source)',
    '(formulat*|develop*|creat*|establish*|determin*|identif*) (a |the |an )?(plan|plans|strategy) (for|to|that) (remediation|mitigation|mitigate|remediate*|recovery|restore*)',
    '(identify*|determin*|find*|investigat*|decid* on|evaluat*) … (approach|method|way|solution) to (restore|restate|correct|fix|resolve|remediate|mitigate|address)',
    '(debug|debugging) (the )?(service code|issue|problem)',
    '(evaluate|determine|identify|decide|understand|assess) how (to )?(best )?(to )?(resolve|mitigate|remediate|fix|address|restore)',
    '(refine|improve|deepen|further) our understanding',
    '(so far|thus far) (been )?inconclusive',
    'not yet (been )?(mitigated|deployed|applied|identified)',
    '(identify|determine|find|decide on) (a |the |an )?(most )?(effective |best |appropriate |optimal |right |potential |possible )?(mitigation|fix|remediation|workaround)',
    '(have|has) not (yet )?(identified|found|determined|established|confirmed) (a |the |any )?(cause or a |root cause or a )?(mitigation|fix|remediation)',
    '(change|fix|mitigation|rollback|restart|restarts|restarting|rerouting|reverting|rolling back|failing over|failover|redirecting|rebalancing|redirection|rebalance|reprocessing|attempts|efforts|actions|update|hotfix|patch) (* )?(* )?(* )?(* )?(* )?(* )?(did|has|have|does) not (successfully |fully )?(resolve|mitigate|remediate|fix|address|alleviate|reduce|help|improve|provide (the )?(expected |desired |anticipated )?relief|have the (expected|desired|intended) effect|been (successful|effective))',
    '(provided|gave|offered|brought) only (temporary|partial|limited|short-lived|brief) (relief|improvement|recovery)',
    '(change|fix|mitigation|rollback|restart|restarts|restarting|rerouting|reverting|rolling back|failing over|failover|redirecting|rebalancing|redirection|reprocessing) (* )?(* )?(* )?(* )?(* )?(* )?(provided|gave|offered|brought) only (temporary|partial|limited|short-lived|brief) (relief|improvement|recovery)',
    '(reverting|rolling back|restarting|rerouting|failing over|redirecting|disabling|deploying|applying) (* )?(* )?(* )?(* )?(* )?(* )?(* )?(is|was|would be) not (a |an |the )?(most |best )?(viable|effective|appropriate|feasible|suitable|optimal)',
    '(assessing|weighing) (potential |possible |additional |further )?(remediation|mitigation|mitigative|corrective) (actions|steps|options|measures)',
    '(determine|identify|understand|assess|evaluate) how (we )?(can |could |might |may |should )?(best )?(resolve|mitigate|remediate|fix|address|restore|recover)',
    '(but|however|and) (have|has) since (increased|resurfaced|reappeared|worsened)',
    '(impact|errors|failures|the issue) (has|have) (since )?(reoccurred|resurfaced|reappeared|returned)',
    '(monitoring|watching|tracking) (a |an )?(surge|increase|spike|influx|rise) (in|of)',
    'monitor* (incoming |new |additional )?(reports|feedback) … to (understand|determine|identify|assess|gauge) (the )?(scope|extent|cause|source|impact)',
    '(reverting|rolling back|restarting|rerouting|failing over|redirecting|rebalancing|applying|deploying|disabling|change|fix|rollback|mitigation|restart|restarts|failover|update) (* )?(* )?(* )?(* )?(temporarily|briefly) (alleviated|relieved|reduced|mitigated|resolved|restored|improved) … but (they|it|the (delays|errors|failures|issue|impact|latency)) (have |has )?(returned|reappeared|resurfaced|recurred|came back)',
    '(reverting|rolling back|restarting|rerouting|failing over|redirecting|rebalancing|applying|deploying|disabling|change|fix|rollback|mitigation|restart|restarts|failover|update|hotfix|patch) (* )?(* )?(* )?(* )?(* )?(has |have |had )?(resolved|mitigated|fixed|alleviated|restored) (the )?(issue|impact|problem)? (for|in) only (a )?(small |limited |few )?(number|subset|portion|handful|users|regions)',
    '(was|were) not (the )?(root )?(cause|source|responsible)',
    // A suspect ruled out: the cause is sought again.
    '(issue|impact|problem|errors|failures|outage|incident) (is|are|was|were) not (related|connected|linked|contributing|due) to (the |this |our |a )?(recent |suspected |earlier |previous |initial )?(change|update|deployment|rollback|configuration)',
    '(have|has|had) (since )?ruled out … as (a |the )?(likely |potential |possible )?(root )?(cause|source|contributing factor|contributor|culprit)',
    '(was|were|has been|have been|proved|proven) (ineffective|unsuccessful|not effective|not successful)',
    'once again (reporting|experiencing|seeing|encountering)',
    'reopened (this|the) (incident|issue)',
    '(restarting|rerouting|reverting|rolling back|failing over|redirecting|rebalancing|applying|deploying|restarts|rollback|failover|change|fix|mitigation) (* )?(* )?(* )?(* )?(* )?(has|have) had (limited|little|no|minimal) (effect|impact|success|benefit)',
    '(analysis|review|examination|investigation|collection|gathering|reproduction|troubleshooting) of … (is|are|remains) (still )?(ongoing|under way|underway|in progress)',
    '(determine|identify|understand|investigate|isolate|establish) (whether|if|why) … (is still|are still|still|remain|remains|persist|persists|continue to|continues to)',
    '(observing|watching|tracking|monitoring) … to (identify|determine|understand|find|pinpoint|isolate) (what|why|the cause|the source|the root cause|how)',
    '(assessing|weighing|examining) (potential|possible|various) (mitigation|mitigations|options|solutions|fixes|remediations)',
  ],
};

export const STILL_LOOKING_EXAMPLES: PhraseExamples = {
  must: [
    'A potential root cause has been identified by our engineering teams, who are now assessing possible mitigations.',
    "Our engineers are exploring possible mitigations and, in parallel, are investigating what's causing the upstream issue.",
    'Our investigation of the pipeline responsible for updating Copilot license data is ongoing.',
    "We're reviewing information from affected users to determine whether a service issue is still occurring.",
    "We've confirmed that the issue isn't related to the recent deployment we rolled back earlier in this incident.",
    "We've ruled out networking as a contributing factor.",
    'No mitigation is in place yet.',
    'We are exploring mitigation options.',
    "We're monitoring the service and discussing next steps with our external partners to identify a mitigation plan.",
    "We're reviewing service monitoring telemetry to isolate the root cause and develop a remediation plan.",
    'Our analysis thus far has been inconclusive in isolating the source of the issue or determining any mitigation paths.',
    "We're continuing our efforts to isolate the root cause so we can determine the most effective mitigation.",
    "We're testing whether disabling this setting is a viable mitigation option.",
    'We’re continuing to investigate the reported behavior and are awaiting additional information from affected users to help validate our findings and confirm next mitigative steps.',
    'We’re continuing our review of service monitoring telemetry to confirm this as the root cause, before formulating a plan for remediation.',
    "We're continuing to progress with our efforts to identify the most optimal approach to restore functionality before re-enabling the feature.",
    "We're continuing to investigate the most efficient method to correct the functionality before re-enabling the feature.",
    // The fix did not help: Microsoft is looking again (corpus dev, TM1441044).
    "We're working further with the subset of users to validate the latest test results to help inform our next troubleshooting steps.",
    "In an attempt to alleviate impact, we've restarted some of the affected infrastructure with mixed results.",
    "We're also continuing to monitor our telemetry to determine mitigating actions we can implement in the interim.",
    "We're furthering our investigation on the diagnostic data to help determine our path towards remediation.",
    "We're continuing to review a recent upgrade to identify a viable method to restate the affected data and remediate the impact.",
    'We’re currently reviewing service telemetry data to help identify the root cause and next steps required to mitigate impact.',
    "We're analyzing this source to identify our most effective next steps.",
    "We're further analyzing the isolated failure to confirm our findings and so our next troubleshooting steps for remediating the impact can be determined.",
    "We're continuing to debug service code to help identify why the configuration search schema mappings are not being returned.",
    "We're continuing our analysis of the HAR network trace logs to refine our understanding of the underlying issue to help mitigate impact.",
    'Our investigation of the HAR logs, service logs, and mailbox move history has been so far inconclusive.',
    "We're also working to validate if the service update is contributing to impact, and what remediation actions are required.",
    // A fix that did not help, the best solution still to choose (corpus dev, seventh pass).,
    'We are reviewing service health telemetry and conducting internal reproductions of impact to assess what additional mitigative actions may be required to fully resolve this issue.',
    'Our efforts to redirect, rebalance, and optimize traffic within the subset of affected infrastructure have been unsuccessful in fully remediating impact.',
    'We have identified a service side remediation and are currently evaluating and validating the most effective solution.',
    'We have manually synced the Copilot license data for a subset of affected users; however, initial reports indicate this has not successfully mitigated the impact.',
    'We are reviewing these errors to evaluate how to best resolve this issue.',
    'We are analyzing the authorization flow to understand why the large headers are being created and are determining the next best steps for remediation.',
    "We've identified and reverted a change that we suspected was contributing to impact, but impact persists and we're investigating other potential causes.",
    "We're continuing to review the diagnostic data provided by affected users to understand the cause of the issue. At this time, we have not identified a cause or a mitigation.",
    "Restarting the affected infrastructure didn't alleviate the impact, and we're continuing to investigate the underlying cause of the Copilot errors.",
    "The configuration change we rolled back didn't provide the expected relief, and users continue to experience delays receiving email. We're reassessing the data to identify the true root cause.",
    "Our traffic redirection didn't provide the expected relief, and telemetry indicates that message delivery delays persist for a subset of users.",
    'Restarting the affected infrastructure provided only temporary relief and CPU usage has since increased again.',
    "Our initial attempts to mitigate haven't been successful, and we're continuing our analysis to determine the root cause.",
    "We've determined that reverting the update is not the most effective remediation approach at this time.",
    "We've determined that reverting the update suspected of causing this issue isn't a viable path to remediation.",
    "We're assessing potential remediation actions to address the problematic code change and restore service functionality.",
    "We're analyzing affected messages to determine how we can recover the messages in order to fully remediate impact.",
    "Error rates briefly dropped to baseline after the restart but have since increased, and we're reviewing logs for a new lead.",
    'Impact has returned for some users.',
    "The configuration change we rolled back wasn't the cause.",
    "Our previous mitigation was unsuccessful. We're exploring other avenues to restore service.",
    "The rollback hasn't fully mitigated the impact and restarting the affected servers has had limited effect.",
  ],
  mustNot: [
    'Engineers are exploring additional workstreams to fully mitigate this issue.',
    'No fix is required on the client side.',
    "We've ruled out any data loss.",
    'We are deploying a fix.',
    "We're monitoring the deployment of the fix.",
    "We've identified the root cause and are deploying a fix.",
    // A suspected cause acted on is no longer a search (corpus dev, MO1020913).
    'We’ve identified a potential cause of impact and have reverted the suspected code to alleviate impact.',
    'The fix was successful in remediating impact for most users.',
    'Errors rose briefly during the deployment and have since returned to normal.',
    "We've seen no sign of impact since the fix was deployed, and we're continuing to monitor.",
  ],
};

/**
 * The post says Microsoft is looking into the problem or its cause now (a finding already made, "we've identified
 * that …", is not looking). A post whose phase reads "investigating" without any of these words says nothing of
 * how far the work has got ("We'll provide an update within 30 minutes"), so the issue's earlier posts tell it
 * instead (`phaseAcrossPosts`).
 */
export const LOOKING_INTO: PhraseList = {
  phrases: [
    'investigating',
    'investigation',
    '(continue|continuing|continues) to investigate',
    '(analyzing|analysing|reviewing|examining|gathering|collecting|troubleshooting|reproducing|isolating|triaging|diagnosing|looking into|assessing|evaluating)',
    '(continue|continuing|continues) to evaluate',
    '(better )?understand(ing)? (of )?the (nature|cause|source|scope|root cause)',
    '(validat*|confirm*|verify*) … (is|are|as) the (likely |potential |underlying |suspected )?(root )?(source|cause)',
    '(analysis|review|examination) (… )?(is |remains )?(ongoing|under way|underway|continues|in progress)',
    '(continue|continuing|continues) (our |to |with our )?(analysis|review|analyze|analyse|review|examine|examination)',
    '(working|efforts|continuing|continue) to (identify|determine|understand|isolate|pinpoint|find)',
    'to (identify|determine|understand|isolate|pinpoint|find) (the |why|whether|how|what|if|a |any )',
    '(reproduce|reproducing|gather|collect|examine|investigate|analyze|analyse) (the |additional |more |network |diagnostic )?(issue|logs|traces|data|telemetry|information)',
  ],
};

export const LOOKING_INTO_EXAMPLES: PhraseExamples = {
  must: [
    "We're analyzing service telemetry to determine the cause of the issue.",
    "We're reviewing diagnostic logs provided by affected users.",
    'Our investigation into the root cause is ongoing.',
    "We're continuing our efforts to isolate the source of the problem.",
    'Engineers are looking into reports of failures when accessing Outlook on the web.',
    "We'll continue to evaluate these reports as we work to better understand the impact to our customers.",
    "We're continuing our work to validate that previous component changes are the source of impact so as to generate an effective code fix.",
  ],
  mustNot: [
    "We'll provide an update within 30 minutes.",
    "We're continuing our efforts to resolve the issue with our deployment pipeline so that our fix deployment can continue.",
    "We're continuing to validate the fix prior to deployment to ensure it successfully resolves the impact.",
    'Our mitigation plan continues to be delayed by a subset of service infrastructure constraints.',
    "We've identified that a recent change is contributing to impact.",
    "We've determined that the aforementioned fix isn't a viable option and recommend that affected users update to the latest version.",
  ],
};

/**
 * Words of mitigation or resolution that speak of the future or of a purpose, not of what has happened (a denial is
 * DENIED, blanked only to its clause end).
 */
export const NOT_DONE_YET: PhraseList = {
  phrases: [
    '(needs?|have|has) to be (manually )?(recovered|restored|resolved|mitigated|remediated|fixed)',
    'will (deploy|apply|roll out|restore|recover|mitigate|remediate|be (resolved|mitigated|restored|remediated|fixed))',
    // Watching that starts later ("at which point we'll monitor to confirm its efficacy") is no watching now.
    'will (then )?(begin |start )?(monitor*|verify*|validat*)',
    '(forecast*|expect*|anticipat*) … (resolved|mitigated|restored|remediated|fixed)',
    '(validating|verifying|confirming|ensuring|checking) (that|whether|if) … (resolved|remediated|mitigated|restored|fixed|recovered)',
    'whether … (would|could|will|might|may) (help )?(mitigate|resolve|restore|remediate|relieve|address|alleviate)',
    'so (that )?(we|engineers|it) can … (mitigat*|remediat*|fix|restor*|resolv*)',
    '(before|prior to) (applying|deploying|implementing|rolling out|resuming|re-enabling|reenabling|enabling|being (applied|deployed|implemented|rolled out))',
    '(to )?test (disabling|re-enabling|enabling|reverting|rolling back|removing)',
    '(in order to|so as to) … (develop|deploy|apply|restore|resolve|mitigate|remediate|fix)',
    'whether … (is|are) (a )?(viable|possible|potential|suitable|effective) (workaround|mitigation|fix|solution|option|method|approach|means)',
    '(identify|understand|determine|isolate) (the )?(root )?cause … and (mitigate|remediate|restore|resolve|fix)',
    'will (work|continue) to (mitigate|remediate|restore|resolve|recover|fix)',
    '(engaged|assigned|mobilized|mobilised) … to (mitigate|restore|resolve|remediate|recover|address)',
    '(to assist|to aid|to inform|to help|to support|to guide) … (mitigation|remediation|fix)',
    // What users can do themselves is a workaround, not Microsoft's work.
    '(users|admins|customers) (can|could|should|may) (be able to )?(avoid|bypass|work around|mitigate|resolve|circumvent)',
    'whether … (can|could|would|will|might|may) (serve as|be|provide|act as) (a )?(viable |possible |potential |suitable )?(workaround|mitigation|fix|solution)',
    'if (a|any) (rollback|roll back|fix|failover|restart|revert) (is|would be) (required|needed|necessary)',
    '(identify|determine|find) … (strategy|approach|method|solution) (that|which) (remediates|mitigates|resolves|restores|fixes|addresses)',
    '(expect|expects|anticipate|anticipates) (… )?that (this|the|it) (… )?(has|have|will have) (completed|finished)',
    '(before|prior to) (developing|deploying|applying|building|creating|rolling out|implementing) (a|the|any) (fix|mitigation|patch|hotfix|solution)',
  ],
};

export const NOT_DONE_YET_EXAMPLES: PhraseExamples = {
  must: [
    'We’re reviewing telemetry to confirm this before developing a fix.',
    "We're forecasting that the issue will be resolved within the next 3 hours.",
    "The fix has been deployed and we're validating that it has resolved the issue.",
    "We're investigating whether rerouting traffic would mitigate impact.",
    'Our engineering teams are working to identify the root cause and mitigate impact.',
    "We're investigating the cause of the issue and will work to restore service as soon as possible.",
    'Multiple engineering teams are engaged in multiple workflows to mitigate the impact.',
    "We've identified a potential cause and are working to validate it before applying a fix.",
    'A small amount of storage nodes needs to be recovered manually, leading to delays in recovery for some services.',
    "We're reviewing the recent deployment to determine whether it's contributing to impact and if a rollback is required.",
    "A recent design change wasn't properly communicated prior to being implemented.",
    "We're anticipating the rollback should take effect by our next scheduled update, at which point we'll monitor to confirm its efficacy.",
    'Users should be able to avoid impact by disabling this feature and entering Work mode.',
    "We're validating whether deploying a test add-in to force sync can serve as a viable workaround.",
    "We're continuing to investigate the most efficient method to correct the functionality before re-enabling the feature.",
    "We're collaborating with a subset of affected users to test disabling the setting we suspect is causing the impact.",
    "We're confirming this is the source of the impact in order to develop a solution to resolve the issue.",
    // Ways only weighed, work promised, a workaround not found, users' own mitigations (corpus dev, seventh pass).,
    'We are collecting enhanced trace logs to identify the root cause and a strategy that remediates impact.',
    'We anticipate by our next scheduled communications update that this process has completed.',
    'We are determining whether manually forcing a sync for the affected users is a viable method of expediting mitigation.',
  ],
  mustNot: [
    'This issue has been resolved.',
    'We have restored the service.',
    "We've confirmed that the fix has resolved the issue.",
    // Evaluating a mitigation already applied is no search for one (corpus dev, West US 2026).
    'We continue to evaluate the effectiveness of mitigations, assess customer impact, and investigate contributing factors.',
    'We have identified a fix and are deploying it to the affected infrastructure.',
    'Users are not impacted, and we have identified a fix.',
    'As expected, the deployment has completed.',
  ],
};

/**
 * Ways only weighed ("considering methods of rebalancing traffic", "a path to mitigation", "the next steps to restore
 * service"): the rest of their clause is no work yet; work told after it still is ("assessing options to reroute
 * traffic, and in the meantime, we're restarting …", "After considering several options for remediation, we've
 * reverted …").
 */
export const WEIGHED: PhraseList = {
  reach: 'clause',
  phrases: [
    '(path|paths|way|ways|next steps|options) (to|towards|toward|for) (mitigat*|remediat*|restor*|recover*|resolv*|fix)',
    '(assessing|evaluating|exploring|considering|reviewing|weighing|investigating) (our |the |all |any )?(potential |possible |alternative |additional |various |several |available )?(strategies|methods|options|approaches|means|possibilities|ways) (of|for|to)',
    '(assessing|evaluating|exploring|considering|reviewing|weighing|determining) the (feasibility|viability|possibility|risk|risks|safety) of (a |an )?(full |partial |targeted )?(rolling back|reverting|failing over|rerouting|redirecting|restarting|deploying|applying|disabling|re-enabling|moving|shifting|rebalancing|rollback|failover|restart|restarts)',
    'whether … (would|could|might|may|will) (be )?(an |a )?(effective|viable|appropriate|suitable|feasible|successful)',
    '(assessing|evaluating|exploring|considering|reviewing|weighing|investigating) (our |the |all |any )?(potential |possible |alternative |additional |various |several |available |further )?(mitigation|remediation|mitigative|recovery) (strategies|methods|options|approaches|actions|steps|measures)',
    '(timeline|timelines|plan|plans|strategy|strategies|method|approach|estimate) (to|towards|toward|for) (the )?(full )?(mitigat*|remediat*|restor*|recover*|resolv*|fix)',
    '(strategy|plan|approach|method) (that|which) (will )?(remediates|mitigates|resolves|restores|remediate|mitigate|resolve|restore)',
    '(whether|if) … (would|could|might) (help|work|be)',
    '(whether|if) … (is|are) (a |an )?(workable|viable|feasible|effective|suitable)',
  ],
};

export const WEIGHED_EXAMPLES: PhraseExamples = {
  must: [
    "We'll provide a timeline for remediation as one becomes available.",
    "We're evaluating a plan that will mitigate the impact for the remaining users.",
    "At the same time, we're examining recent updates and service changes to see whether any of them could be contributing.",
    'Our engineers are developing a method to confirm, with a subset of affected users, whether rolling back these changes is a workable mitigation strategy.',
    "We're assessing the feasibility of rolling back the update.",
    'We are considering methods of rebalancing traffic across alternate infrastructure as a potential means of remediating impact.',
    'We are assessing strategies to restore this data processing pipeline speed and remediate impact with stale or delayed Copilot report metrics.',
    "After considering several options for remediation, we've reverted the offending update and are monitoring service health.",
    "We're working to identify the root cause of the impact and a path to mitigation.",
    "We've identified the cause of impact and are determining the best way to remediate it.",
    "We're gathering diagnostic data to help determine the next steps to restore service.",
    'Analyzing this data will aid us in confirming the root cause and the path towards mitigation.',
    "We're continuing to analyze system logs and service data to isolate a potential root cause and determine next steps for mitigation.",
    'Engineers are evaluating options for mitigation, including failing over to a secondary region.',
    "We're reviewing telemetry to determine the scope of impact and whether a rollback would be an effective mitigation.",
    "We're evaluating additional mitigation options, including rebalancing request traffic, while we continue investigating the upstream service.",
  ],
  mustNot: [
    'We reviewed the feasibility of a full rollback and instead are applying a targeted configuration fix.',
    'We are rerouting traffic to alternate infrastructure.',
  ],
};

/**
 * What Microsoft is looking into: a question, not work ("investigating whether a recently implemented change is
 * contributing", "analyzing failover logs to understand why traffic wasn't redirected", "investigating an issue
 * where the automatic recovery process isn't completing"). The words of work it names are its subject, so the
 * rest of the clause is no step taken.
 */
export const INQUIRY: PhraseList = {
  reach: 'clause',
  phrases: [
    '(investigat*|analyze|analyse|analyzing|analysing|review|reviewing|examine|examining|look into|looking into|assess|assessing|check|checking|troubleshoot*|understand|determine|determining|identify|identifying|establish|ascertain|find out) (why|whether|how|what caused|what is causing)',
    '(evaluate|evaluating|consider|considering|weigh|weighing|decide|deciding) whether (to|restarting|rerouting|rolling back|reverting|failing over|redirecting|disabling|re-enabling|deploying|applying|rebalancing)',
    'continu* (our|the|with our) (investigation|analysis|review|inquiry) into (why|whether|how|what caused|what is causing)',
    '(investigation|analysis|review|inquiry) into (why|whether|how|what caused|what is causing) … ((is|remains) (ongoing|continuing|under way|underway|in progress)|continues)',
    '(investigat*|analyzing|analysing|reviewing|examining|understand|determine|determining|identify|identifying|isolate|isolating|pinpoint|pinpointing|find|finding) (the |its |their )?(potential |possible |likely |underlying )?(root )?(source|cause|reason|origin)',
    '(investigating|looking into|aware of|analyzing|analysing|reviewing|examining) (a |an |the )?(potential |possible |reported )?(issue|issues|problem|reports|regression|report) (where|in which|that|affecting|with|of|impacting)',
    '(investigating|analyzing|analysing|reviewing|examining) (a |an |the )?(recent|recently|potential|possible|suspected) (change|changes|update|updates|deployment|deployments|code|regression|issue|configuration)',
    '(investigat*|analy*|review*|examin*) … to (understand|determine|identify|establish|find out|ascertain) (why|whether|how|what)',
  ],
};

export const INQUIRY_EXAMPLES: PhraseExamples = {
  must: [
    "We're continuing our investigation into why restore requests are failing.",
    "We're investigating whether a recently implemented change to the service is contributing to impact.",
    "We're reviewing diagnostic data to understand why some mailboxes aren't being restored from the archive.",
    "We're continuing to investigate why the service isn't recovering as expected after routine maintenance.",
    "We're analyzing service logs to determine the source of the redirect loop some users encounter when signing in.",
    "We're reviewing recent changes that were applied to the service to identify any that may be contributing to impact.",
    "We're investigating an issue where the automatic recovery process for stuck messages isn't completing.",
    "We're analyzing failover logs to understand why traffic wasn't redirected to healthy infrastructure as expected.",
    "We've received reports that users are unable to restore deleted items in Exchange Online. We're reviewing the restore workflow to understand why the operation is failing.",
    "We're investigating the delay to determine its underlying cause and isolate an appropriate remediation action.",
  ],
  mustNot: [
    "We've identified the cause and we're deploying a fix.",
    "We're reviewing the results of our fix deployment.",
    "We're monitoring to confirm whether the fix has resolved the impact.",
    "We're validating the fix in our internal environment.",
  ],
};

/**
 * A change named as what may be behind the problem ("a recently deployed update", "changes that were applied to
 * the service"): it tells what was done before the incident, not work on it.
 */
export const SUSPECT_CHANGE: PhraseList = {
  phrases: [
    '(recently|previously) (implemented|deployed|applied|rolled out|introduced|released) (change|changes|update|updates|code|configuration|feature|build|deployment|service update)',
    '(change|changes|update|updates|deployment|configuration) (that|which) (was|were|had been|has been) (recently )?(implemented|deployed|applied|rolled out|introduced|made|released)',
    '(a|the) (recent )?(change|changes|update|updates|code change|configuration change) (recently )?(implemented|deployed|applied|rolled out|introduced|made) (on|to|in|across|within)',
  ],
};

export const SUSPECT_CHANGE_EXAMPLES: PhraseExamples = {
  must: [
    "We're investigating a potential issue with a recently deployed update.",
    "We're reviewing a code regression introduced in a recent update that was rolled out to the environment.",
    "Our initial investigation indicates that a change implemented on the affected infrastructure may be causing impact; we're reviewing the change to confirm.",
  ],
  mustNot: ["We've rolled back the recent update and are monitoring the service.", "We're deploying the fix."],
};

/**
 * Work Microsoft promises for later ("we will open more workstreams to mitigate the remaining impact"): only these
 * words are no work now; what follows them still tells the present ("… as our fix completes its deployment").
 */
export const PROMISED_WORK: PhraseList = {
  phrases: [
    '(we|engineers) will (open|start|begin|pursue|develop|explore|take|establish|engage) … to (mitigate|remediate|restore|resolve|recover|address) (the )?(remaining )?(impact|issue|service)',
  ],
};

export const PROMISED_WORK_EXAMPLES: PhraseExamples = {
  must: [
    'While our review of the fresh set of error logs is ongoing, we will open more workstreams to mitigate the remaining impact based on our findings.',
    'We will take additional steps to mitigate the remaining impact as our fix completes its deployment.',
  ],
  mustNot: ['We will continue to monitor as the fix saturates to mitigate the remaining impact.'],
};

/**
 * What affected people can do themselves ("two mitigations impacted organizations can take"): no work of
 * Microsoft's, to the end of its clause ("… can follow to restore access, and we're deploying a fix" still tells
 * the fix).
 */
export const PEOPLE_CAN_DO: PhraseList = {
  reach: 'clause',
  phrases: [
    '(mitigations|mitigation|workarounds|workaround|steps|actions) (that )?(impacted |affected )?(organizations|organisations|users|admins|customers|tenants) can (take|use|apply|follow)',
  ],
};

export const PEOPLE_CAN_DO_EXAMPLES: PhraseExamples = {
  must: [
    'We have identified two mitigations impacted organizations can take to relieve the issue.',
    "We've published steps that affected admins can follow to restore access, and we're deploying a fix.",
  ],
  mustNot: ['We have identified a mitigation and are applying it to the affected infrastructure.'],
};

/**
 * The failure goes on now ("users are still unable", "continue to experience", "residual delays"): a finding does not
 * excuse it, and beside a fix done and watched it holds the phase at mitigating.
 */
export const STILL_NOW: PhraseList = {
  phrases: [
    'still',
    'remain',
    'remains',
    'continue',
    'continues',
    'continued',
    'continuing',
    // Said of the failure, not of the work ("currently monitoring", "the remaining infrastructure", "an ongoing operation").
    '(is|are) currently (unable|not able|experiencing|affected|impacted|seeing|encountering|failing|delayed|unavailable|degraded)',
    '(residual|remaining|lingering|ongoing) (impact|delay|delays|errors|failures|issues|latency)',
    'remaining (users|customers|admins|regions|tenants|organizations)',
    '(impact|issue|problem|delays|errors|failures) (is |are )?(persists|persist|persisting|ongoing)',
    // A symptom people have now, found beside the fix ("stale DNS records are causing some users to be unable to connect").
    '(is|are) causing (some |many |all |the |affected )?(users|customers|admins|people|tenants|organizations|requests|messages) to',
  ],
};

export const STILL_NOW_EXAMPLES: PhraseExamples = {
  must: [
    'Our investigation has identified that some users are still unable to access shared mailboxes because of a stale cache.',
    'Some users may experience residual delays in message delivery.',
    'Users in the remaining regions may be unable to access the service.',
  ],
  mustNot: [
    "We're currently monitoring the environment following the fix for the issue that caused mail delivery delays.",
    "An ongoing maintenance operation caused elevated latency, and we've paused the operation.",
    'Our analysis has identified that users were unable to access chat due to oversized cookies.',
    'A recent change is causing increased request timeouts for users.',
  ],
};

/**
 * The impact itself said to go on, in a sentence that names no failure ("Impact is currently limited to Outlook on the
 * web", "addressing the residual impact").
 */
export const IMPACT_GOES_ON: PhraseList = {
  phrases: ['impact (is|remains|continues to be) (currently|still)', '(the|some) (ongoing|residual|remaining|lingering) impact'],
};

export const IMPACT_GOES_ON_EXAMPLES: PhraseExamples = {
  must: ['Impact is currently limited to Microsoft Outlook on the web.', "We're addressing the residual impact for a subset of services."],
  mustNot: [
    "We've deployed the fix, which addressed the current impact, and we're monitoring to confirm no further errors occur.",
    "We've deployed the fix and we're monitoring to confirm impact is remediated.",
    'The impact was caused by a recent change.',
    "We're monitoring for any residual impact.",
  ],
};

/**
 * A fix or recovery denied ("the service has not yet fully recovered", "the fix hasn't fully resolved the issue"):
 * no recovery, to the end of its clause; work told after it still counts ("…, so we're deploying an additional
 * change").
 */
export const DENIED: PhraseList = {
  phrases: [
    '(would|could|might|should) have (fully )?(restored|resolved|remediated|mitigated|fixed|addressed|alleviated|relieved)',
    '(not|never) (yet )?(fully )?(running|operating|working|performing|functioning) (as expected|normally|as normal)',
    '(not|never) (yet )?(been )?(fully )?(recovered|restored|resolved|mitigated|remediated|fixed)',
    '(have|has) not (yet )?(fully )?(returned|dropped|declined|come down|subsided)',
    '(not|never) (yet )?being (applied|deployed)',
    'no (* )?(* )?(fix|mitigation|change|rollback|patch|hotfix|workaround) (has|have|is|was) (yet )?(been )?(deployed|applied|rolled back|implemented|identified|found)',
    '(recovery|restore|restoration|failover|sync|syncing|replication|migration|deployment) (process|processes|operation|operations|job|jobs|workflow|workflows)? … (has|have|is|are) (now )?(stalled|stuck|failing|not progressing|not completing|not working|not occurring)',
    '(rather than|instead of) (continuing|deploying|applying|rolling back|reverting|restarting|rerouting)',
  ],
};

export const DENIED_EXAMPLES: PhraseExamples = {
  must: [
    'Disabling the feature would have resolved the issue, but it would also remove functionality.',
    'Real-time voice apps reporting and historical reporting are not functioning as expected.',
    'The service has not yet fully recovered.',
    "No fix has been deployed yet; we're still working to identify the component responsible.",
    "The fix hasn't fully resolved the issue for users in Europe, so we're deploying an additional configuration change.",
    'Requests to update Autopilot group tags are returning successful responses but are not being applied as expected.',
    'Our telemetry indicates that the recovery process for a subset of mailbox database copies has stalled.',
  ],
  mustNot: ['The workaround is no longer needed, as the fix has been deployed.', 'The service has fully recovered.'],
};

/**
 * A resolution named as what watching or work is for ("monitoring to ensure the issue has been remediated"), blanked
 * with the rest of its sentence. It stays inside its clause: in "While we validate this hypothesis, we're reverting
 * the update to determine whether this mitigates the issue" the reverting is work now.
 */
export const PURPOSE: PhraseList = {
  reach: 'clause',
  phrases: [
    '(to ensure|to confirm|to verify|to validate|to determine) … (resolved|remediated|mitigated|restored|fixed|recovered|recovering|alleviated|resolves|remediates|mitigates|restores|fixes|alleviates)',
    '(to ensure|to confirm|to verify|to validate) (that )?there (is|are) no (further|more|additional|new|residual|recurrence)',
    '(to ensure|to confirm|to verify|to validate) … (remains?|stays?|continues to be) (at )?(expected|normal|healthy|stable|within)',
    '(to ensure|to confirm|to verify|to validate) (that )?the (reduction|decrease|drop|improvement) in … (holds|persists|is sustained)',
  ],
};

export const PURPOSE_EXAMPLES: PhraseExamples = {
  must: [
    'Engineers are monitoring service health to ensure the issue has been remediated.',
    'We are monitoring the environment to validate that service is recovering.',
    "We've rolled it back and are monitoring service health to determine whether this mitigates the event.",
    "We're monitoring service health telemetry to ensure that latency is successfully alleviated.",
    "We're monitoring mail flow to ensure there is no further delay.",
    "We'll continue to monitor to ensure latency remains at expected levels.",
  ],
  mustNot: ['While we continue to validate this hypothesis, we are reverting the update.'],
};

/**
 * A fix or resolution as the condition of something else ("We'll provide an update once the fix is deployed"),
 * blanked with the rest of its sentence ("Once the fix is deployed, users should no longer experience impact").
 * The condition stays inside its clause and in the present: "After a period of monitoring, we've confirmed that
 * the issue is resolved" and "Once the fix was deployed, service was restored" tell what happened.
 */
export const ON_CONDITION: PhraseList = {
  reach: 'clause',
  phrases: [
    '(until|once|when|before|if) … (is|are|has been|have been|gets|get) (fully |successfully )?(resolved|mitigated|restored|remediated|fixed|deployed|applied|complete|completed|lifted|in place)',
    '(until|once|when|if) … (is|are) (now )?(accessible|available|reachable|working|functioning|loading|syncing|succeeding) again',
    // "After the fix is deployed", "after a fix is applied" is a condition; "after a period of monitoring that …" is none.
    'after (the|this|that|our|these|those|it|they|all|functionality|access|service|services) (… )?(is|are|has been|have been|gets|get) (fully |successfully )?(resolved|mitigated|restored|remediated|fixed|deployed|applied|complete|completed|lifted)',
    'after (* )?(* )?(* )?(is|are|has been|have been|gets|get) (fully |successfully )?(resolved|mitigated|restored|remediated|fixed|deployed|applied|complete|completed|lifted)',
    'after (a|an) (… )?(fix|mitigation|change|update|hotfix|patch|rollback) (is|are|has been|have been|gets|get) (fully |successfully )?(resolved|mitigated|restored|remediated|fixed|deployed|applied|complete|completed|lifted)',
    '(until|once|when|if) (fully )?(resolved|mitigated|restored|remediated|fixed|deployed|applied|complete|completed)',
    '(until|once|when|after) … (has|have) (finished|completed)',
  ],
};

export const ON_CONDITION_EXAMPLES: PhraseExamples = {
  must: [
    'We will confirm once the issue is resolved.',
    "We'll provide an update once the fix has been deployed.",
    'Once the fix is deployed, service will be restored.',
    'After the fix is applied, users will be able to access their mailboxes.',
    'Once the fix is deployed, users should no longer experience impact.',
    "We'll provide a final status once the fix has finished saturating.",
    "We'll share more details after the issue affecting a subset of Exchange Online mailboxes has been resolved.",
  ],
  mustNot: [
    "After a period of monitoring, we've confirmed that the issue is resolved.",
    'After deploying the fix, we confirmed that the issue is resolved.',
    'When the update was rolled back, impact was mitigated.',
    'Once the fix was deployed, service was restored.',
    "We've confirmed after a period of monitoring that the Exchange Online issue has been resolved and the service is operating normally.",
  ],
};

/**
 * A notice that an issue may exist, before any impact is known ("This communication serves as a preliminary
 * notification about a potential issue"): with no impact words in the post, an advisory.
 */
export const NO_IMPACT_YET: PhraseList = {
  phrases: [
    'preliminary (notification|notice|communication)',
    '(do not|does not) have (any )?(details|information) (on|about) (the )?impact',
    'no (known |confirmed )?impact (is |has been )?(known|identified|confirmed|detected)',
    'determine (if|whether) there is an (issue|incident|impact)',
    'there is no (current |known )?(customer|user|end-user) impact (at this time|currently|yet)',
    '(end )?(users|customers) are not (currently )?(affected|impacted)(.|;| by this)',
  ],
};

export const NO_IMPACT_YET_EXAMPLES: PhraseExamples = {
  must: [
    'There is no customer impact at this time.',
    'End users are not affected.',
    'This communication serves as a preliminary notification about a potential issue affecting your service.',
    "User impact: We don't have details on impact yet.",
    "We are reviewing service telemetry and available information to determine if there is an issue happening and we'll update this message shortly.",
  ],
  mustNot: ['Users may be unable to access the Microsoft 365 admin center.', 'We are investigating an issue affecting Teams.'],
};

/** A health message that reports nothing wrong: with no impact words in the post, no incident at all. */
export const ALL_CLEAR: PhraseList = {
  phrases: [
    'everything (is )?(looking good|looks good|operational|healthy|running normally|running smoothly)',
    'there (are|is) (currently )?no (known |active |current |ongoing )?(issues|incidents|problems|events|outages)',
    'no (known |active |current |ongoing )?(azure |service )?(issues|incidents|problems|events) (are )?(detected|reported|at this time|to report)',
    'all (services|systems) (are )?(operational|healthy|running normally|available|up)',
    'all … (services|systems) (are )?(operational|healthy|running normally|available|up)',
    '(services|systems) (are )?(running|operating) normally',
    'no (known )?issues (are )?(currently )?(being )?(reported|detected)',
    // The Microsoft 365 admin-center page's own text while all is well (status "Available").
    QUIET_PAGE_TEXT,
  ],
};

export const ALL_CLEAR_EXAMPLES: PhraseExamples = {
  must: [
    'Everything is looking good',
    'No Azure issues detected at this time.',
    'All services are operational.',
    'There are currently no active events.',
    'All Microsoft 365 services are available.',
    'Microsoft 365 services are running normally.',
    'No issues are currently being reported.',
  ],
  mustNot: ['We are investigating reports of an issue affecting multiple services.', 'No mitigation is in place yet.'],
};

/**
 * A promise of the next update: Microsoft is still working on it. Impact told only in the past tense does not
 * make such a post a closed incident ("Users may have been unable to access … We'll provide an update within
 * 30 minutes").
 */
export const UPDATE_PROMISED: PhraseList = {
  phrases: [
    'we will (provide|share|post|send|publish|give) (you )?(an |another |the next |additional |more |further |periodic |regular )?(update|updates|information|communication)',
    'next update',
    'will be (updated|providing updates)',
  ],
};

export const UPDATE_PROMISED_EXAMPLES: PhraseExamples = {
  must: [
    'Users may have been intermittently unable to access some Microsoft 365 services. We will provide an update within 30 minutes.',
    'Next update by: Tuesday, February 10, 2026, at 4:00 PM UTC',
  ],
  mustNot: [
    'Next steps: Engineers will continue to investigate to establish the full root cause and prevent future occurrences.',
    'This is the final update.',
  ],
};

/** Promises of future updates and pointers elsewhere carry no status of their own. */
export const NOT_A_STATUS: PhraseList = {
  phrases: [
    'we (will )?(continue to )?(share|provide|post|send|publish) (periodic |additional |more |further |regular )?(information|updates?|an update)',
    '(additional|more|further) (information|updates?) (will|can) be (provided|shared|found|posted)',
    'next update',
    'this message was last updated',
    'for (additional|more) (recovery options|information)',
    'stay informed',
    '(can be|is|are) (found|available|posted) (here|at|in|on|under)',
    '(more|additional|further) (information|info|details) (can be found|is available|are available|in|under)',
    '(more info|details|additional information|more information): (ex|tm|sp|od|mo|cp|ec)# (in|under|on) the (microsoft 365 )?admin cent(er|re)',
    'we will (notify|inform) (customers|you|users)',
    '(sending|send|share|sharing|provide|providing) periodic (communication|communications|updates)',
    'as part of the … problem management process',
    // An Azure review's engineering follow-ups, not the incident's state.
    'next steps:',
    // What a status page is for, as the Microsoft 365 admin-center page says when all is well.
    QUIET_PAGE_TEXT,
    'for additional insights into',
    'this quick update is designed to',
  ],
};

export const NOT_A_STATUS_EXAMPLES: PhraseExamples = {
  must: [
    'More info: EX811999 in the admin center.',
    'We will continue to share periodic updates.',
    'We will provide additional information within 60 minutes.',
    'Next update by: Friday, May 22, 2020, at 11:00 PM UTC',
    'As part of the Office 365 problem management process, additional engineering actions may be identified to improve the overall service.',
    'This site is updated when service issues are preventing tenant administrators from accessing Service health in the Microsoft 365 admin center.',
    'Next steps: Engineers will continue to investigate to establish the full root cause to prevent future occurrences.',
  ],
  mustNot: [
    'We are deploying a fix.',
    'The service continues to be stable.',
    'Service issues are preventing tenant administrators from accessing Service health.',
  ],
};

/** Where in Exchange and Outlook an issue is, when it names one protocol, client or mail flow. */
export const SURFACE_WORDS = {
  owa: [
    'outlook on the web',
    'on the web',
    'owa',
    'outlook web (app|access)',
    'web (app|client|browser|browsers|version)',
    'outlook.office.com',
    'outlook.office365.com',
    'outlook.live.com',
  ],
  'outlook-desktop': [
    'classic outlook',
    'outlook (desktop|for windows|for mac|on windows|on mac)',
    'outlook desktop (client|app)',
    'desktop (client|app)',
    'win32',
  ],
  'outlook-mobile': ['outlook (for ios|for android|mobile|on ios|on android)', 'outlook (ios|android)', 'mobile (app|apps|device|devices)'],
  imap: ['imap'],
  pop: ['pop3', 'pop (protocol|access|client|clients|connection|connections)', 'imap4? (and|or) pop', 'pop (and|or) imap'],
  ews: ['ews', 'exchange web services'],
  eas: ['exchange activesync', 'activesync', 'eas'],
  'mail-flow': [
    'mail flow',
    '(email|e mail|message|mail) delivery',
    'delivery (delay*|of (email|e mail|messages|mail))',
    '(email|e mail|emails|messages|mail) (may be |are |is |were |being )?(delayed|queued|stuck)',
    'delayed (email|e mail|emails|mail|messages)',
    'delay* (in )?(sending|receiving|delivering)',
    'transport rule*',
    'ndr*',
    'non delivery',
    'quarantin*',
    'spam',
  ],
} as const;

/** Sentences naming a surface as what still works, not as what is affected. */
export const WORKS_INSTEAD: PhraseList = {
  phrases: [
    'workaround',
    'alternative*',
    'instead',
    'in the meantime',
    'as expected',
    'not (been )?(impacted|affected)',
    '(does|do|did) not (currently )?affect',
    '(until|while) (the|a) fix is (deployed|applied|available|in place)',
    'unaffected',
    'no impact',
    'continue* to work',
    'work* normally',
    '(can|could|may) (still |instead |continue to )?use … (to|as|instead)',
    '(can|could|may|should) (also|still) be able to',
  ],
};

export const WORKS_INSTEAD_EXAMPLES: PhraseExamples = {
  must: [
    'Users can use Outlook on the web as a workaround.',
    'Outlook on the web is not affected.',
    'Affected users can use Outlook on the web to access their email.',
    'Users may also be able to open the files through SharePoint Online or the Microsoft Teams desktop client.',
  ],
  mustNot: [
    'Users may be unable to receive email through IMAP.',
    'Admins may be unable to use EWS to access mailboxes.',
    'Users may not be able to sign in to Outlook on the web.',
  ],
};

/** Every list with its examples, for the tests. */
export const PHRASE_LISTS = {
  LOSS_OF_SERVICE,
  DEGRADATION,
  ADVISORY_TITLE,
  DISPLAY_ONLY,
  FEW_AFFECTED,
  NOW_AND_THEN,
  ONE_FEATURE,
  EVERY_FEATURE,
  RECOVERING_NOW,
  WATCHING_TO_CONFIRM,
  MOSTLY_RECOVERED,
  PAST_TENSE,
  OPEN_START,
  ENDED_WINDOW,
  AFTER_THE_FACT,
  RESOLVED_TITLE,
  RECOVERED,
  FINAL,
  RESOLVED,
  MITIGATION_UNDER_WAY,
  FIX_DONE,
  WATCHING,
  FIX_BEING_CHECKED,
  PEOPLE_CONTACTED,
  MITIGATING,
  PEOPLE_EXPERIENCE,
  STILL_LOOKING,
  LOOKING_INTO,
  NOT_DONE_YET,
  DENIED,
  ON_CONDITION,
  PURPOSE,
  PROMISED_WORK,
  PEOPLE_CAN_DO,
  STILL_NOW,
  WEIGHED,
  INQUIRY,
  SUSPECT_CHANGE,
  WORK_COMPLETED,
  PART_DONE,
  REMEDY_OBJECT,
  FINDING,
  PREVENTION,
  NO_IMPACT_YET,
  ALL_CLEAR,
  UPDATE_PROMISED,
  NOT_A_STATUS,
  WORKS_INSTEAD,
} as const;

/** Every list's examples, by the list's name (tests/unit/core/reading.test.ts runs them). */
export const PHRASE_EXAMPLES: Record<keyof typeof PHRASE_LISTS, PhraseExamples> = {
  LOSS_OF_SERVICE: LOSS_OF_SERVICE_EXAMPLES,
  DEGRADATION: DEGRADATION_EXAMPLES,
  ADVISORY_TITLE: ADVISORY_TITLE_EXAMPLES,
  DISPLAY_ONLY: DISPLAY_ONLY_EXAMPLES,
  FEW_AFFECTED: FEW_AFFECTED_EXAMPLES,
  NOW_AND_THEN: NOW_AND_THEN_EXAMPLES,
  ONE_FEATURE: ONE_FEATURE_EXAMPLES,
  EVERY_FEATURE: EVERY_FEATURE_EXAMPLES,
  RECOVERING_NOW: RECOVERING_NOW_EXAMPLES,
  WATCHING_TO_CONFIRM: WATCHING_TO_CONFIRM_EXAMPLES,
  MOSTLY_RECOVERED: MOSTLY_RECOVERED_EXAMPLES,
  PAST_TENSE: PAST_TENSE_EXAMPLES,
  OPEN_START: OPEN_START_EXAMPLES,
  ENDED_WINDOW: ENDED_WINDOW_EXAMPLES,
  AFTER_THE_FACT: AFTER_THE_FACT_EXAMPLES,
  RESOLVED_TITLE: RESOLVED_TITLE_EXAMPLES,
  RECOVERED: RECOVERED_EXAMPLES,
  FINAL: FINAL_EXAMPLES,
  RESOLVED: RESOLVED_EXAMPLES,
  MITIGATION_UNDER_WAY: MITIGATION_UNDER_WAY_EXAMPLES,
  FIX_DONE: FIX_DONE_EXAMPLES,
  WATCHING: WATCHING_EXAMPLES,
  FIX_BEING_CHECKED: FIX_BEING_CHECKED_EXAMPLES,
  PEOPLE_CONTACTED: PEOPLE_CONTACTED_EXAMPLES,
  MITIGATING: MITIGATING_EXAMPLES,
  PEOPLE_EXPERIENCE: PEOPLE_EXPERIENCE_EXAMPLES,
  STILL_LOOKING: STILL_LOOKING_EXAMPLES,
  LOOKING_INTO: LOOKING_INTO_EXAMPLES,
  NOT_DONE_YET: NOT_DONE_YET_EXAMPLES,
  DENIED: DENIED_EXAMPLES,
  ON_CONDITION: ON_CONDITION_EXAMPLES,
  PURPOSE: PURPOSE_EXAMPLES,
  PROMISED_WORK: PROMISED_WORK_EXAMPLES,
  PEOPLE_CAN_DO: PEOPLE_CAN_DO_EXAMPLES,
  STILL_NOW: STILL_NOW_EXAMPLES,
  WEIGHED: WEIGHED_EXAMPLES,
  INQUIRY: INQUIRY_EXAMPLES,
  SUSPECT_CHANGE: SUSPECT_CHANGE_EXAMPLES,
  WORK_COMPLETED: WORK_COMPLETED_EXAMPLES,
  PART_DONE: PART_DONE_EXAMPLES,
  REMEDY_OBJECT: REMEDY_OBJECT_EXAMPLES,
  FINDING: FINDING_EXAMPLES,
  PREVENTION: PREVENTION_EXAMPLES,
  NO_IMPACT_YET: NO_IMPACT_YET_EXAMPLES,
  ALL_CLEAR: ALL_CLEAR_EXAMPLES,
  UPDATE_PROMISED: UPDATE_PROMISED_EXAMPLES,
  NOT_A_STATUS: NOT_A_STATUS_EXAMPLES,
  WORKS_INSTEAD: WORKS_INSTEAD_EXAMPLES,
};
