package org.microcert.taxonomy.testing;

import java.util.List;
import org.microcert.taxonomy.Taxonomy;
import org.microcert.taxonomy.model.BroaderRelation;
import org.microcert.taxonomy.model.CollectionMember;
import org.microcert.taxonomy.model.EscoCollection;
import org.microcert.taxonomy.model.Occupation;
import org.microcert.taxonomy.model.ReuseLevel;
import org.microcert.taxonomy.model.Skill;
import org.microcert.taxonomy.model.SkillGroup;
import org.microcert.taxonomy.model.SkillType;

/** A hand-made taxonomy of a few skills and occupations for unit tests. */
public final class TinyTaxonomy {

  public static final String BASE = "http://data.europa.eu/esco/skill/";
  public static final String PYTHON = BASE + "python";
  public static final String JAVA = BASE + "java";
  public static final String CPP = BASE + "cpp";
  public static final String SQL = BASE + "sql";
  public static final String BUDGET = BASE + "budget";
  public static final String TEAM = BASE + "teamwork";
  public static final String INITIATIVE = BASE + "initiative";
  public static final String ACCOUNTING = BASE + "accounting";
  public static final String NURSE = "http://data.europa.eu/esco/occupation/nurse";
  public static final String DEVELOPER = "http://data.europa.eu/esco/occupation/developer";
  public static final String GROUP_ATTITUDE = BASE + "group-t33";
  public static final String GROUP_ICT = BASE + "group-ict";

  private TinyTaxonomy() {}

  private static Skill skill(
      String uri, String label, List<String> alt, SkillType t, ReuseLevel r, String desc) {
    return new Skill(uri, label, alt, List.of(), t, r, desc, "released", "");
  }

  public static Taxonomy build() {
    return Taxonomy.builder("v-test", "en")
        .addSkill(
            skill(
                PYTHON,
                "Python (computer programming)",
                List.of("Python"),
                SkillType.KNOWLEDGE,
                ReuseLevel.SECTOR_SPECIFIC,
                "The techniques and principles of software development in Python."))
        .addSkill(
            skill(
                JAVA,
                "Java (computer programming)",
                List.of("Java"),
                SkillType.KNOWLEDGE,
                ReuseLevel.SECTOR_SPECIFIC,
                "The techniques and principles of software development in Java."))
        .addSkill(
            skill(
                CPP,
                "C++",
                List.of("C plus plus"),
                SkillType.KNOWLEDGE,
                ReuseLevel.SECTOR_SPECIFIC,
                "The techniques of software development in C++."))
        .addSkill(
            skill(
                SQL,
                "SQL",
                List.of("structured query language"),
                SkillType.KNOWLEDGE,
                ReuseLevel.SECTOR_SPECIFIC,
                "A computer language for querying databases."))
        .addSkill(
            skill(
                BUDGET,
                "manage budgets",
                List.of("budget management", "control budgets"),
                SkillType.SKILL_COMPETENCE,
                ReuseLevel.CROSS_SECTOR,
                "Plan, monitor and report on the budget."))
        .addSkill(
            skill(
                TEAM,
                "work in teams",
                List.of("teamwork", "collaborate with colleagues"),
                SkillType.SKILL_COMPETENCE,
                ReuseLevel.TRANSVERSAL,
                "Work confidently within a group."))
        .addSkill(
            skill(
                INITIATIVE,
                "show initiative",
                List.of("take the initiative"),
                SkillType.SKILL_COMPETENCE,
                ReuseLevel.TRANSVERSAL,
                "Be proactive and take the first step."))
        .addSkill(
            skill(
                ACCOUNTING,
                "accounting",
                List.of("bookkeeping"),
                SkillType.KNOWLEDGE,
                ReuseLevel.CROSS_SECTOR,
                "The documentation and processing of financial activities."))
        .addOccupation(
            new Occupation(
                NURSE,
                "2221.1",
                "2221",
                "nurse responsible for general care",
                List.of("registered nurse", "general nurse"),
                List.of(),
                "Nurses care for patients.",
                "released",
                ""))
        .addOccupation(
            new Occupation(
                DEVELOPER,
                "2512.4",
                "2512",
                "software developer",
                List.of("programmer", "software engineer"),
                List.of(),
                "Developers write software.",
                "released",
                ""))
        .addSkillGroup(
            new SkillGroup(
                GROUP_ATTITUDE, "T3.3", "maintaining a positive attitude", List.of(), ""))
        .addSkillGroup(
            new SkillGroup(
                GROUP_ICT, "06", "information and communication technologies", List.of(), ""))
        .addBroaderRelation(
            new BroaderRelation(
                "KnowledgeSkillCompetence", INITIATIVE, "SkillGroup", GROUP_ATTITUDE))
        .addBroaderRelation(
            new BroaderRelation("KnowledgeSkillCompetence", PYTHON, "SkillGroup", GROUP_ICT))
        .addCollectionMember(new CollectionMember(EscoCollection.TRANSVERSAL, INITIATIVE))
        .addCollectionMember(new CollectionMember(EscoCollection.TRANSVERSAL, TEAM))
        .addCollectionMember(new CollectionMember(EscoCollection.DIGITAL, PYTHON))
        .build();
  }
}
