/** The classic script of `<mdma-widgets-provider>` alone, `dist/cdn/mdma-widgets-provider.js`: registers it, with hydration support first. */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { MdmaWidgetsProvider } from '../components/mdma-widgets-provider/mdma-widgets-provider.js';
import { expose } from './expose.js';

expose({ MdmaWidgetsProvider }, { 'mdma-widgets-provider': MdmaWidgetsProvider });
