/** The steps of a return, each a route so a reload resumes the step. */
export const returnPaths = {
  find: '/returns',
  items: (returnId: string) => `/returns/${encodeURIComponent(returnId)}/items`,
  refund: (returnId: string) => `/returns/${encodeURIComponent(returnId)}/refund`,
  done: (returnId: string) => `/returns/${encodeURIComponent(returnId)}/done`,
};
