/** The classic script of `<study-table>` alone, `dist/cdn/study-table.js`: registers it, with hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { StudyTable } from '../components/study-table/study-table.js';
import { expose } from './expose.js';

expose({ StudyTable }, { 'study-table': StudyTable });
