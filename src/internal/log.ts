/** Console messages, always prefixed with the library and the element, so a host can tell whose message it is. */

const prefix = (element: string) => `[mdma-therapy-widgets] <${element}>:`;

export function warn(element: string, message: string, ...detail: unknown[]): void {
  console.warn(`${prefix(element)} ${message}`, ...detail);
}

export function error(element: string, message: string, ...detail: unknown[]): void {
  console.error(`${prefix(element)} ${message}`, ...detail);
}
