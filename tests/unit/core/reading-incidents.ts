/**
 * Whole Service health incidents composed in Microsoft's phrasing by a newcomer's probe (round 6), not real posts:
 * each post's "Current status:" paragraph, oldest first, with the phase a careful reader gives it. Read by
 * tests/unit/core/reading.test.ts, each post with the posts before it (`phaseAcrossPosts`).
 */
import type { Phase } from '../../../src/core/engine/model';

export interface ComposedIncident {
  id: string;
  title: string;
  classification: 'incident' | 'advisory';
  posts: [Phase, string][];
}

export const incidents: ComposedIncident[] = [
  {
    id: 'ex1',
    title: 'Some users may be unable to access their mailbox using Outlook on the web',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're reviewing service telemetry and a sample of affected users' network trace logs to isolate the source of the problem and determine our next troubleshooting steps.",
      ],
      [
        'investigating',
        "Our analysis of the HTTP Archive Format (HAR) logs provided by affected users indicates that requests are failing at the authentication layer. We're continuing to review the aforementioned logs alongside service-side telemetry to identify what is causing these requests to fail.",
      ],
      [
        'mitigating',
        "We've identified that a recent configuration change to the authentication component responsible for processing Outlook on the web requests contained a code issue, causing token validation to fail for a subset of users. We're reverting the change across the affected infrastructure, and we anticipate that impact will be remediated as the reversion progresses.",
      ],
      [
        'monitoring',
        "We've confirmed that the reversion has completed and telemetry indicates that the service has recovered. We're monitoring the environment for an extended period to ensure that impact doesn't recur.",
      ],
    ],
  },
  {
    id: 'ex2',
    title: 'Users may experience delays sending or receiving messages in Microsoft Teams',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We've received reports that some users may be experiencing delays when sending or receiving messages in Microsoft Teams chats and channels. We're reviewing diagnostic data to determine the scope and cause of impact.",
      ],
      [
        'investigating',
        "We've determined that a portion of infrastructure which facilitates message delivery is performing below acceptable performance thresholds. We're investigating why this infrastructure is underperforming to determine our mitigation strategy.",
      ],
      [
        'mitigating',
        "We're redirecting traffic from the underperforming infrastructure to alternate healthy infrastructure to relieve the impact while we continue to investigate the underlying cause.",
      ],
      [
        'investigating',
        "Our traffic redirection didn't provide the expected relief, and telemetry indicates that message delivery delays persist for a subset of users. We're reviewing additional logs to identify an alternative cause of impact.",
      ],
      [
        'mitigating',
        "We've identified that a recent service update introduced an inefficient query pattern that is causing excessive resource utilization on the infrastructure responsible for message delivery. We've begun deploying a fix to correct the query pattern, and we expect it will be fully saturated across all affected environments within the next several hours.",
      ],
      [
        'mitigating',
        "The fix has saturated approximately 75 percent of the affected environment, and users served by the remediated infrastructure should notice that message delivery is returning to expected timeframes. We'll continue to monitor the deployment as it progresses.",
      ],
      [
        'monitoring',
        "The deployment of our fix has completed, and we've confirmed with some affected users that messages are being delivered as expected. We're monitoring service health to ensure the issue is fully remediated before resolving this incident.",
      ],
    ],
  },
  {
    id: 'ex3',
    title: 'Usage reports in the Microsoft 365 admin center may be delayed',
    classification: 'advisory',
    posts: [
      [
        'investigating',
        "We're investigating an issue in which usage reports within the Microsoft 365 admin center may not display data past October 12, 2024. We're reviewing the data processing pipeline to understand why data isn't being updated.",
      ],
      [
        'mitigating',
        "We've identified that a data ingestion job responsible for generating usage reports stalled, resulting in the observed delay. We've restarted the job and are processing the backlog of report data, which is expected to complete within the next 24 hours.",
      ],
      [
        'mitigating',
        'Processing of the backlog of delayed report data is ongoing and is approximately 40 percent complete. We expect that reports will be updated with the latest data by our next scheduled update.',
      ],
      [
        'monitoring',
        "The backlog has finished processing and usage reports are now displaying up-to-date data. We're monitoring the daily report generation over the next few cycles to confirm that the ingestion job is completing as expected.",
      ],
    ],
  },
  {
    id: 'ex4',
    title: 'Users may be unable to sync files using the OneDrive sync client',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue in which users may be unable to sync files using the OneDrive sync client. We're analyzing sync client logs and service telemetry to identify the cause.",
      ],
      [
        'mitigating',
        "We've identified that a recent update to a service component responsible for sync authorization introduced a regression. We're rolling back the update, which has completed in most commercial environments, and we're expediting the rollback to the remaining environments.",
      ],
      [
        'mitigating',
        "The rollback has completed for all commercial environments and we've confirmed that impact has been remediated for those users. The rollback is still in progress for GCC High and DoD environments, which we expect to complete by our next scheduled update.",
      ],
      [
        'monitoring',
        "The rollback has completed in all environments, including GCC High and DoD. We're monitoring telemetry to validate that sync operations are succeeding as expected across all affected environments.",
      ],
    ],
  },
  {
    id: 'ex5',
    title: 'Users in Asia-Pacific may experience latency accessing Microsoft 365 services',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating reports that users in the Asia-Pacific region may be experiencing latency or be unable to access multiple Microsoft 365 services. We're reviewing network telemetry to isolate the source of impact.",
      ],
      [
        'investigating',
        "We're working with a third-party internet service provider (ISP) to determine whether a routing issue on their network is contributing to the impact, as our telemetry indicates traffic originating from their network is experiencing elevated packet loss.",
      ],
      [
        'mitigating',
        "We've confirmed that a configuration change made by the third-party ISP caused traffic to be routed through a suboptimal path. The provider is reverting the change, and in parallel, we're rerouting affected traffic through alternate network paths to expedite relief.",
      ],
      [
        'monitoring',
        "The third-party ISP has completed the reversion and traffic is now flowing through optimal network paths. Our telemetry indicates that latency has returned to expected levels, and we're monitoring to ensure that the service remains stable.",
      ],
    ],
  },
  {
    id: 'ex6',
    title: 'Users may be unable to sign in using multifactor authentication',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue where users may be unable to sign in to Microsoft 365 services using multifactor authentication (MFA). We're reviewing authentication telemetry to understand the impact.",
      ],
      [
        'mitigating',
        "We've determined that a section of infrastructure responsible for processing MFA requests became unhealthy following a routine maintenance action. We're restarting the affected infrastructure to restore it to a healthy state.",
      ],
      [
        'monitoring',
        "We've restarted the affected infrastructure and telemetry shows that MFA requests are being successfully processed. We're continuing to monitor the service to ensure it remains healthy.",
      ],
    ],
  },
  {
    id: 'ex7',
    title: 'Users may experience delays in receiving Intune device configuration policies',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "Users may experience delays in receiving Intune device configuration policies. We're investigating the potential cause and we're gathering additional details to determine the full extent of impact.",
      ],
      [
        'investigating',
        "We're analyzing service-side logs to determine why policy check-ins are taking longer than expected to complete for some devices.",
      ],
      [
        'mitigating',
        "Our investigation determined that a recent change to the way Intune calculates policy assignments for large groups caused a significant increase in processing time for device check-ins. This increase in processing time caused check-in requests to queue on the affected infrastructure, which then led to timeouts and retries that further amplified the load. We're deploying a configuration change to optimize how these assignments are calculated and are scaling up additional capacity to help process the queued requests.",
      ],
      [
        'mitigating',
        "The configuration change has been deployed to approximately half of the affected scale units, and we're seeing a reduction in check-in processing times on the updated infrastructure. We expect the deployment to complete within the next four hours.",
      ],
      [
        'monitoring',
        "The configuration change has been deployed across all affected scale units and check-in processing times have returned to normal. We'll continue to monitor the environment over the next several hours to confirm the issue is resolved.",
      ],
    ],
  },
  {
    id: 'ex8',
    title: 'Admins may be unable to export Content search or eDiscovery results',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue where admins may be unable to export Content search or eDiscovery (Premium) results. We're reviewing service logs to identify the source of the issue.",
      ],
      [
        'investigating',
        "We've identified a potential cause related to a storage account access change, and we're validating whether this is responsible for the export failures.",
      ],
      [
        'investigating',
        "Further investigation confirmed that the storage account access change wasn't responsible for the impact. We're reviewing additional service diagnostics to identify the underlying cause.",
      ],
      [
        'mitigating',
        "We've identified that an expired certificate used by the export service to write to storage was causing the failures. We're deploying a renewed certificate across the affected infrastructure, and we expect this to remediate impact once complete.",
      ],
      [
        'monitoring',
        "The renewed certificate has been deployed and we've confirmed through internal testing that exports are completing successfully. We're monitoring export requests to confirm that the issue is fully resolved and we've asked a subset of affected admins to confirm their export jobs complete.",
      ],
    ],
  },
  {
    id: 'ex9',
    title: 'Users may see an error when using Microsoft 365 Copilot',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We've received reports that users may be seeing an error when attempting to use Microsoft 365 Copilot in Teams, Word, and other apps. We're analyzing telemetry to identify the source of the issue.",
      ],
      [
        'mitigating',
        "We've identified that a recent update to a backend service responsible for processing Copilot requests caused a dependency to become unavailable. We're reverting the update and redirecting requests to healthy infrastructure to mitigate the impact.",
      ],
      [
        'mitigating',
        "We're continuing our efforts to mitigate impact, and telemetry indicates that the error rate is decreasing as the reversion progresses.",
      ],
      [
        'monitoring',
        "The reversion has completed and we've observed that Copilot requests are succeeding. We're monitoring the service to confirm that impact has been fully remediated.",
      ],
    ],
  },
  {
    id: 'ex10',
    title: 'Admins may see delays in alerts appearing in the Microsoft Defender portal',
    classification: 'advisory',
    posts: [
      [
        'investigating',
        "We're investigating an issue in which admins may see delays in alerts appearing in the Microsoft Defender portal. Alerts are still being generated, however there may be a delay before they are displayed.",
      ],
      [
        'mitigating',
        "We've identified that a processing component responsible for ingesting alert data experienced a performance degradation. We've increased the processing capacity of the affected component and are working through the backlog of queued alerts.",
      ],
      [
        'monitoring',
        "We've processed the backlog of delayed alerts and new alerts are now appearing without delay. We're monitoring the service for a period of time to ensure alert ingestion remains stable.",
      ],
    ],
  },
  {
    id: 'ex11',
    title: 'Users may be unable to send email to some external recipients',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "Users may be unable to send email messages to some external recipients and may receive a non-delivery report (NDR). We're reviewing message trace data to determine the cause.",
      ],
      [
        'investigating',
        "We're analyzing a sample of the NDRs to determine why messages to specific external domains are failing DNS resolution.",
      ],
      [
        'mitigating',
        "We've identified that some of the DNS resolvers used by the outbound mail flow infrastructure are returning stale records. We're flushing the DNS cache on the affected infrastructure to remediate impact.",
      ],
      [
        'investigating',
        "While flushing the DNS cache temporarily alleviated the impact, we've observed that the failures have returned. We're continuing to investigate to understand why the DNS resolvers are returning stale records.",
      ],
      [
        'mitigating',
        "We've determined that a code regression in a recent update to the DNS resolver service prevented the cache from refreshing expired records. We're deploying a hotfix to the affected infrastructure, and in parallel we're resubmitting messages that were queued.",
      ],
      [
        'mitigating',
        "The hotfix has been deployed to approximately 85 percent of the affected infrastructure and we're continuing to expedite the deployment to the remaining infrastructure.",
      ],
      [
        'monitoring',
        "Our hotfix has fully deployed and we've confirmed that outbound messages are being delivered successfully. We're monitoring the service to ensure delivery remains healthy.",
      ],
    ],
  },
  {
    id: 'ex12',
    title: 'Some users may be unable to join Microsoft Teams meetings',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue in which some users may be unable to join Microsoft Teams meetings from the desktop client. We're reviewing diagnostic logs to determine the next troubleshooting steps.",
      ],
      [
        'mitigating',
        "We've determined that a portion of infrastructure that facilitates meeting join requests isn't performing as expected, and we're rebalancing traffic to alternate infrastructure to mitigate impact.",
      ],
      [
        'monitoring',
        "Following the traffic rebalancing, telemetry indicates that meeting join requests are succeeding at expected rates. We're monitoring the service to ensure impact does not recur.",
      ],
    ],
  },
  {
    id: 'ex13',
    title: 'Users may not see recently modified content in SharePoint Online search results',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue where users may not see recently uploaded or modified content in SharePoint Online search results.",
      ],
      [
        'investigating',
        "Our investigation indicates that an issue with the content crawl process is preventing some newly uploaded or updated items from being indexed. We're reviewing crawl logs to understand what's causing this behavior.",
      ],
      [
        'mitigating',
        "We've identified a code issue in the crawl component that is causing some index update operations to fail. We've developed and validated a fix, and we're now deploying it to the affected environment. Once the fix is deployed, we'll reprocess the items that failed to be indexed.",
      ],
      [
        'mitigating',
        "The fix is now 60 percent saturated across the affected environment. Additionally, we've started to reprocess the items that failed to be indexed for the remediated portion of infrastructure.",
      ],
      [
        'mitigating',
        'Deployment of the fix has completed and reprocessing of the failed items is underway, with approximately 70 percent of items processed.',
      ],
      [
        'monitoring',
        "Reprocessing of the affected items has completed and content is appearing in search results as expected. We're monitoring the indexing process to confirm that the fix has resolved the issue.",
      ],
    ],
  },
  {
    id: 'ex14',
    title: 'Users may experience Outlook desktop client crashing when opening shared calendars',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're reviewing crash dumps collected from affected users to identify the cause of the Outlook desktop client crashing upon launch.",
      ],
      [
        'mitigating',
        "We've determined that a recent Outlook for Windows build contains a code regression that causes the client to crash when opening shared calendars. We're rolling back the build through the Current Channel, and users can revert to the previous version as a workaround while the rollback progresses.",
      ],
      [
        'mitigating',
        "The rollback to the previous build is progressing, and affected users should receive the previous version as their clients check for updates. We'll provide an updated timeline for completion once available.",
      ],
      [
        'monitoring',
        "The rollback has been completed and we've received confirmation from affected users that Outlook is no longer crashing. We're monitoring crash telemetry to ensure the issue doesn't recur.",
      ],
    ],
  },
  {
    id: 'ex15',
    title: 'Users may be unable to search for email in the Outlook desktop client',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We've received reports that some users are unable to search for emails in the Outlook desktop client, and search results may be incomplete. We're reviewing the reports to understand the scope of impact.",
      ],
      [
        'investigating',
        "We've reproduced the issue internally and we're capturing additional diagnostic data from our test environments to determine the root cause.",
      ],
      [
        'mitigating',
        'Our fix has passed validation and is being deployed to the affected environment. We expect that the deployment will reach full saturation within the next 24 hours.',
      ],
      ['mitigating', "We're continuing to monitor the deployment of the fix, which is approximately 90 percent complete."],
      [
        'monitoring',
        "The fix has finished deploying and we've confirmed that search results are returned as expected in our internal testing. We're monitoring telemetry to confirm that impact has been remediated for all users.",
      ],
    ],
  },
  {
    id: 'ex16',
    title: 'Admins may be unable to access the Microsoft 365 admin center',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "Admins may be unable to access the Microsoft 365 admin center or may experience slowness when navigating between pages. We're investigating the issue and reviewing telemetry to isolate the cause.",
      ],
      [
        'mitigating',
        "We've identified that a recent deployment introduced a code regression affecting page rendering. We've paused the deployment and are rolling back the change across affected environments.",
      ],
      [
        'mitigating',
        'The rollback has completed for commercial environments and admins are able to access the admin center. The rollback to Government Community Cloud (GCC) environments is ongoing and expected to complete within two hours.',
      ],
      [
        'monitoring',
        "The rollback has completed for all environments, including GCC, and telemetry indicates that the admin center is loading successfully. We're monitoring the service for stability.",
      ],
    ],
  },
  {
    id: 'ex17',
    title: "Users' presence status in Microsoft Teams may not update correctly",
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating an issue where users' presence status in Microsoft Teams may not update correctly or may appear as 'Unknown'.",
      ],
      [
        'investigating',
        "We're reviewing presence service logs alongside network captures from affected users to determine why presence updates aren't being published.",
      ],
      [
        'mitigating',
        "We've determined that a subset of infrastructure responsible for publishing presence updates is experiencing elevated CPU usage, which is causing publication requests to fail. We're restarting the affected infrastructure to relieve the resource pressure.",
      ],
      [
        'investigating',
        "Restarting the affected infrastructure provided only temporary relief and CPU usage has since increased again. We're investigating what is driving the elevated resource usage on this infrastructure.",
      ],
      [
        'mitigating',
        "Our investigation has determined that a specific type of presence subscription request, introduced as part of a recent feature update, was being retried excessively by clients when a subscription expired. This retry behavior generated a large volume of requests that exhausted the available resources on the presence publishing infrastructure, which then caused legitimate publication requests to fail or time out. We're disabling the feature through a configuration change to stop the excessive retries and are applying this change to the affected infrastructure.",
      ],
      [
        'monitoring',
        "The configuration change has been applied and CPU usage on the affected infrastructure has returned to expected levels. Telemetry indicates that presence updates are being published successfully, and we're monitoring to ensure the service remains stable.",
      ],
    ],
  },
  {
    id: 'ex18',
    title: 'Admins may see delays when running message trace in the Exchange admin center',
    classification: 'advisory',
    posts: [
      [
        'investigating',
        "Admins may see delays when running message trace reports in the Exchange admin center. We're reviewing system logs to determine the source of the delays.",
      ],
      [
        'mitigating',
        "We've identified that a data aggregation process responsible for populating message trace data is running behind due to an unexpected increase in volume. We've applied additional resources to the process to expedite processing of the delayed data.",
      ],
      [
        'mitigating',
        'The additional resources are helping to reduce the delay, and we estimate that message trace data will be current within approximately eight hours.',
      ],
      [
        'monitoring',
        "Message trace data is now current and reports are returning expected results. We're monitoring the aggregation process to ensure it keeps pace with incoming data.",
      ],
    ],
  },
  {
    id: 'ex19',
    title: 'Users may be unable to access multiple Microsoft 365 services',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "We're investigating reports of users being unable to access multiple Microsoft 365 services, including Outlook on the web, Microsoft Teams and SharePoint Online. We're reviewing networking telemetry to determine the source of impact.",
      ],
      [
        'investigating',
        "We've identified a potential networking issue within an upstream Azure networking service and we're working with the team responsible to confirm whether it's contributing to the impact.",
      ],
      [
        'mitigating',
        "We've confirmed that a configuration change to Azure Front Door infrastructure resulted in a portion of requests being dropped. We're rolling back the configuration change and failing over affected traffic to healthy infrastructure to expedite recovery.",
      ],
      [
        'mitigating',
        "We've completed the failover of traffic to healthy infrastructure and the rollback of the configuration change is approximately 80 percent complete. Most users should now be able to access the affected services.",
      ],
      [
        'monitoring',
        "The rollback has completed and our telemetry indicates that availability for all affected Microsoft 365 services has recovered. We're monitoring the environment to confirm that the service remains healthy.",
      ],
    ],
  },
  {
    id: 'ex20',
    title: 'Users may be unable to open Office files stored in OneDrive for Business',
    classification: 'incident',
    posts: [
      [
        'investigating',
        "Users may be unable to open Office files stored in OneDrive for Business from the web. We're analyzing HAR files provided by affected users to understand the cause.",
      ],
      [
        'mitigating',
        "We've identified that a recent update to a component responsible for rendering documents in the browser introduced an incompatibility when opening files with certain metadata properties. We've begun deploying a fix to remediate the impact, which has saturated approximately 30 percent of the affected environment.",
      ],
      [
        'mitigating',
        'Our fix has now saturated approximately 95 percent of the affected environment and we anticipate full saturation by our next scheduled update.',
      ],
      [
        'monitoring',
        "The fix has reached full saturation and we've confirmed that users can open files as expected. We're monitoring telemetry for an additional period to confirm impact is fully remediated.",
      ],
    ],
  },
];
