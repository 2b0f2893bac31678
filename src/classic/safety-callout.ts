/** The classic script of `<safety-callout>` alone, `dist/cdn/safety-callout.js`: registers it, with hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { SafetyCallout } from '../components/safety-callout/safety-callout.js';
import { expose } from './expose.js';

expose({ SafetyCallout }, { 'safety-callout': SafetyCallout });
