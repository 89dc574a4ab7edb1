// Public surface of the jobs feature, used by the connection page (features/connections).
export { ConnectionStatusTab } from "./components/ConnectionStatusTab";
export { JobHistoryTab } from "./components/JobHistoryTab";
export { TimelineTab as ConnectionTimelineTab } from "./components/timeline/TimelineTab";
