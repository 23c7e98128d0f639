// What code outside the server's request handlers may load from the security context (proxy.ts,
// browser code): the Content-Security-Policy and its nonce. No database, no Node-only modules.
export { contentSecurityPolicy, newNonce } from "./csp";
