/** Fired on window after a submit, return, approval, reopening or withdrawal, so whatever shows waiting work catches up. */
export const WORKFLOW_CHANGED_EVENT = 'desaplatform:workflow-changed';

export function notifyWorkflowChanged() {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(WORKFLOW_CHANGED_EVENT));
}
