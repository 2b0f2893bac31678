/** The classic script of `<mdma-faq>` alone, `dist/cdn/mdma-faq.js`: registers it, with hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { MdmaFaq } from '../components/mdma-faq/mdma-faq.js';
import { expose } from './expose.js';

expose({ MdmaFaq }, { 'mdma-faq': MdmaFaq });
