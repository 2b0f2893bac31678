/** The package version, for messages to site owners; a test keeps it equal to package.json's. */
export const version = '0.2.0';
