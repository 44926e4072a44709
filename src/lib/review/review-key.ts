/** Where the review schedule is kept on the device (localStorage): its own module, so the home page can ask whether there is one without loading the schedule's reader. */
export const REVIEW_STORAGE_KEY = 'purse-guard:review';
