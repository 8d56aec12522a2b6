/** The banner's code (show.ts and what it needs), injected by the worker only when an alert is proposed. */
import { SHOW_BANNER, slot } from './handoff';
import { createBanner } from './show';

slot[SHOW_BANNER] = createBanner;
