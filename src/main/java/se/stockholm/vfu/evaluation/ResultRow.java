package se.stockholm.vfu.evaluation;

import java.util.List;

/**
 * One group's result in one term: the number of answers and the mean of each question (1–5) and of all four. A group
 * with fewer than {@link EvaluationQuestions#MIN_GROUP} answers is {@code suppressed}: then the count and the means are
 * null, decided here on the server so no page or API client ever gets them. {@code groupId} is null for the city's
 * total.
 */
public record ResultRow(String termCode, Grouping grouping, Long groupId, String groupName, String groupNameEn,
                        boolean cityTotal, boolean suppressed, Integer answers, List<Double> means, Double overall) {
}
