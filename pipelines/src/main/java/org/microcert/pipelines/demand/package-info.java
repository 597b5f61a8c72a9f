/**
 * Skill and occupation demand from the postings warehouse: per period (month or quarter) × region ×
 * ISCO major group, the postings that mention each skill, their share, the trend against the
 * previous period with a 95% confidence interval and the breadth (distinct occupations); the same
 * per occupation; and the essential-skill signal (postings whose coded occupation needs the skill
 * according to ESCO). Column expressions only ({@code functions.*}), no UDFs.
 */
package org.microcert.pipelines.demand;
