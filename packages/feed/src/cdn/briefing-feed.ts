// Import order matters: the jitless switch must be evaluated before any schema is built.
import './jitless.js';
import { useJitless } from '@briefing/schema';
import '../define.js';

useJitless();

export { BriefingFeedElement, defineBriefingFeed } from '../define.js';
