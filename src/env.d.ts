declare namespace App {
  interface Locals {
    /** Set by the slides page: render the lesson's <Notes> for the presenter view. */
    presenterNotes?: boolean;
  }
}
