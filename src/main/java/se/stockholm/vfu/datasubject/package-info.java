/**
 * The data-subject export: everything the portal stores about one student, as a file the central contact can hand
 * over (GDPR article 15). Field names are explained in Swedish and English in {@code docs/data-subject-export.md}.
 */
package se.stockholm.vfu.datasubject;
