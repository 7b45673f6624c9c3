export { type CompiledProfile, compileProfile } from './compile-profile.js';
export { extractClaims } from './extract-claims.js';
