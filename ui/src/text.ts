// Every text the window shows, in one place, ready for translation.
export const text = {
  appTitle: "Order Sync Doctor",
  demoBanner: "You are exploring demo data — connect your store and ERP to check your own orders.",
  checking: "Checking your store and ERP…",
  checkFailed: "The check could not run",
  stepStatus: { ok: "OK", warning: "Needs attention", failed: "Blocked" },
  orders: (n: number) => (n === 1 ? "1 order" : `${n} orders`),
  fix: "How to fix",
  technicalDetails: "Technical details",
  allGood: "Nothing to do here.",
} as const;
