// What the browser may take from the logging context: the name of the request id header, which
// every answer of the API carries (a support request can quote it).
export const REQUEST_ID_HEADER = "x-request-id";
