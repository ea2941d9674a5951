/** Lockstep's version (kept equal to package.json's by a test). */
export const LOCKSTEP_VERSION = '1.0.0';
