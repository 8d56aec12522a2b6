/** Content script entry for Outlook on the web: the incident banner (see app.ts). */
import { start } from './app';

void start();
