// @ts-check
// With REDIS_URL a write's page expiries reach the other servers through a Redis channel
// (decision 0019). The write's answer must not leave before Redis has taken the message: then a
// visitor who saw the answer and asks another server finds the page expired there. The app
// registers each PUBLISH it sends (`holdAnswersUntil`); the front holds the bytes of every answer
// whose first write or end comes while one is pending, and lets them go once all settled. Nothing
// pending (always without Redis): the answer goes straight through.

const PENDING = Symbol.for("spamtrail.pending-publishes");

/** @returns {Set<Promise<unknown>>} */
function pending() {
  const registry = /** @type {Record<symbol, Set<Promise<unknown>> | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (registry[PENDING] ??= new Set());
}

/** Called by the app for each message an answer must wait for. @param {Promise<unknown>} publish */
export function holdAnswersUntil(publish) {
  const set = pending();
  const settled = publish.then(
    () => {},
    () => {},
  );
  set.add(settled);
  void settled.then(() => set.delete(settled));
}

/** Resolves once every publish pending now settled. */
export async function publishesSettled() {
  const set = pending();
  while (set.size > 0) await Promise.all(set);
}

/**
 * Holds this answer's bytes while publishes are pending. Install it before the wrappers that
 * write through it (server/compress.mjs).
 * @param {import("node:http").ServerResponse} response
 */
export function holdAnswerWhilePublishing(response) {
  const original = { write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {(() => void)[]} */
  const queued = [];
  let draining = false;

  function drain() {
    draining = true;
    void publishesSettled().then(() => {
      while (queued.length > 0) queued.shift()?.();
      draining = false;
    });
  }

  /** @param {() => void} call */
  function passOrQueue(call) {
    if (!draining && pending().size === 0) return call();
    queued.push(call);
    if (!draining) drain();
  }

  response.write = /** @type {typeof response.write} */ (
    function (/** @type {any[]} */ ...args) {
      if (!draining && pending().size === 0) return original.write.apply(response, /** @type {any} */ (args));
      passOrQueue(() => original.write.apply(response, /** @type {any} */ (args)));
      return true;
    }
  );
  response.end = /** @type {typeof response.end} */ (
    function (/** @type {any[]} */ ...args) {
      passOrQueue(() => original.end.apply(response, /** @type {any} */ (args)));
      return response;
    }
  );
  response.flushHeaders = function () {
    passOrQueue(() => original.flushHeaders.call(response));
  };
}
