/**
 * The all-in-one classic script, `dist/mdma-widgets.js`: every element, registered, with hydration support first. The
 * content as data stays in the ES modules (`mdma-therapy-widgets/data.js`): the widgets carry it as markup.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import * as library from '../elements.js';
import { expose } from './expose.js';

// `MdmaWidgets.define` is the one that renames the elements of every script on the page, not this script's alone.
const { define, ...exports } = library;
expose({ ...exports, defineWidgets: define }, library.widgets);
