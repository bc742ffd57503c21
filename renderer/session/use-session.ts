import { useEffect, useState } from 'react';
import type { Editor } from 'slate';
import type { DocumentSession, SessionState } from './document-session';

/**
 * The session's state for React. Not useSyncExternalStore, on purpose: React renders every change of such a
 * store synchronously, even one made inside startTransition, and the session shows a big release as a
 * transition (a 5 MB release rendered at once is a long task of some 60 ms; as a transition, none). Through
 * useState, a change announced inside the session's `transition` port is a transition update, and every
 * other change is an ordinary one. The window has one reader of the session (the shell), which hands the
 * state down as props, so no two components can see two different states.
 */
export function useSessionState<E extends Editor>(session: DocumentSession<E>): SessionState<E> {
  const [state, setState] = useState(session.getSnapshot);
  useEffect(() => {
    const follow = () => setState(session.getSnapshot());
    // Catch up with any change between the first render and this subscription.
    follow();
    return session.subscribe(follow);
  }, [session]);
  return state;
}
