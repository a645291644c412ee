import { mlInfrastructureQuestionBank } from "@/lib/guides/content/ml-infrastructure.editorial";
import { shareBySubSkill } from "@/lib/quiz/draw";
import { DEFAULT_QUIZ_POLICY } from "@/lib/quiz/policy";
import { describe, it, expect } from "vitest";
import { LEVEL_REQUIREMENT_KEYS, parseGuide, type GuideDefinition } from "../../lib/guides/guide-schema";
import { mlInfrastructureGuide as guide } from "../../lib/guides/content/ml-infrastructure";

const subSkillKeys = [
  "data-pipeline-engineering",
  "model-serving-architecture",
  "ml-pipeline-automation",
  "monitoring-observability",
  "infrastructure-as-code",
  "ml-governance-security",
];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function copyOfGuide(): GuideDefinition {
  return structuredClone(guide);
}

describe("ML Infrastructure guide: identity", () => {
  it("has the guide's slug, category, tagline and key characteristics", () => {
    expect(guide.slug).toBe("ml-infrastructure");
    expect(guide.title).toBe("ML Infrastructure");
    expect(guide.category).toBe("Technical");
    expect(guide.tagline).toBe(
      "Designing and managing scalable systems to deploy, monitor, and maintain machine learning models in production.",
    );
    expect(guide.overview.startsWith("ML Infrastructure involves creating and managing")).toBe(true);
    expect(guide.overview.endsWith("observability across the ML lifecycle.")).toBe(true);
    expect(guide.keyCharacteristics).toEqual(["Scalability", "Reproducibility", "Automation", "Observability"]);
    expect(guide.reviewWindowDays).toBe(3);
  });
});

describe("ML Infrastructure guide: learning path", () => {
  it("has 3 phases of 60/120/180 hours totalling 360", () => {
    expect(guide.phases.map((p) => p.title)).toEqual([
      "Foundations & Core Concepts",
      "Pipeline Automation & Scaling",
      "Advanced Architecture & Optimization",
    ]);
    const hours = guide.phases.map((p) => p.estimatedHours);
    expect(hours).toEqual([60, 120, 180]);
    expect(sum(hours)).toBe(360);
  });

  it("has 4 goals, 5 topics and 5 actions per phase, and 3/4/4 deliverables", () => {
    expect(guide.phases.map((p) => p.goals.length)).toEqual([4, 4, 4]);
    expect(guide.phases.map((p) => p.topics.length)).toEqual([5, 5, 5]);
    expect(guide.phases.map((p) => p.actions.length)).toEqual([5, 5, 5]);
    expect(guide.phases.map((p) => p.deliverables.length)).toEqual([3, 4, 4]);
    for (const phase of guide.phases) {
      expect(phase.summary.length).toBeGreaterThan(0);
      for (const d of phase.deliverables) {
        expect(d.description.length).toBeGreaterThan(0);
        expect(d.subSkillKeys.length).toBeGreaterThanOrEqual(1);
        expect(d.subSkillKeys.length).toBeLessThanOrEqual(3);
      }
    }
  });

  it("splits the run-together key topics correctly", () => {
    expect(guide.phases[0]!.topics.map((t) => t.title)).toEqual([
      "ML lifecycle stages and infrastructure needs",
      "Cloud ML services (AWS SageMaker, Google Vertex AI, Azure ML)",
      "Docker for ML applications",
      "Basic model serving with REST APIs",
      "Introduction to experiment tracking with MLflow",
    ]);
    expect(guide.phases[1]!.topics.map((t) => t.title)).toEqual([
      "Kubeflow pipelines and components",
      "Feature stores and data versioning",
      "Model registry patterns and implementations",
      "Kubernetes for ML workloads",
      "Automated testing for ML systems",
    ]);
    expect(guide.phases[2]!.topics.map((t) => t.title)).toEqual([
      "Multi-tenant architecture patterns",
      "Advanced monitoring with Prometheus and Grafana",
      "Cost optimization strategies for ML infrastructure",
      "ML governance and compliance frameworks",
      "Performance optimization techniques",
    ]);
  });

  it("keeps the guide's deliverable titles", () => {
    expect(guide.phases.map((p) => p.deliverables.map((d) => d.title))).toEqual([
      [
        "Dockerized ML application with basic API",
        "MLflow experiment tracking setup",
        "Deployed model with basic monitoring",
      ],
      [
        "Automated ML pipeline with Kubeflow",
        "Feature store implementation",
        "Model registry with version control",
        "Kubernetes deployment for ML serving",
      ],
      [
        "Multi-tenant ML platform design document",
        "Comprehensive monitoring dashboard",
        "Cost optimization analysis report",
        "ML governance policy framework",
      ],
    ]);
  });

  it("touches every sub-skill with at least one deliverable, monitoring with at least two", () => {
    const deliverables = guide.phases.flatMap((p) => p.deliverables);
    for (const key of subSkillKeys) {
      expect(
        deliverables.some((d) => d.subSkillKeys.includes(key)),
        key,
      ).toBe(true);
    }
    expect(
      deliverables.filter((d) => d.subSkillKeys.includes("monitoring-observability")).length,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("ML Infrastructure guide: sub-skills and levels", () => {
  it("has 6 sub-skills weighted 25/20/20/15/10/10 summing to 100", () => {
    expect(guide.subSkills.map((s) => s.key)).toEqual(subSkillKeys);
    const weights = guide.subSkills.map((s) => s.weightPercent);
    expect(weights).toEqual([25, 20, 20, 15, 10, 10]);
    expect(sum(weights)).toBe(100);
    for (const s of guide.subSkills) expect(s.exampleTasks).toHaveLength(3);
  });

  it("has 4 levels in order with 5 capabilities each", () => {
    expect(guide.levels.map((l) => l.key)).toEqual(["beginner", "intermediate", "advanced", "expert"]);
    expect(guide.levels.map((l) => l.difficulty)).toEqual(["BEGINNER", "INTERMEDIATE", "ADVANCED", "EXPERT"]);
    expect(guide.levels.map((l) => l.typicalExperience)).toEqual([
      "0-6 months",
      "6-24 months",
      "2-5 years",
      "5+ years",
    ]);
    for (const l of guide.levels) expect(l.capabilities).toHaveLength(5);
  });

  it("uses the agreed level requirements, non-decreasing from level to level", () => {
    const r = guide.levels.map((l) => l.requirements);
    // One row per level, the columns in LEVEL_REQUIREMENT_KEYS' order: hours, phases completed,
    // quiz percent, overall score, every sub-skill's score, approved projects.
    const agreed = [
      [0, 0, 0, 0, 0, 0],
      [60, 1, 60, 30, 0, 0],
      [180, 2, 75, 60, 40, 0],
      [360, 3, 90, 85, 70, 1],
    ];
    expect(r).toEqual(agreed.map((row) => Object.fromEntries(LEVEL_REQUIREMENT_KEYS.map((key, i) => [key, row[i]]))));
    for (let i = 1; i < r.length; i++) {
      for (const f of LEVEL_REQUIREMENT_KEYS)
        expect(r[i]![f], `${guide.levels[i]!.key}.${f}`).toBeGreaterThanOrEqual(r[i - 1]![f]);
    }
    // The top level is reachable: its hours and phases match the learning path.
    expect(r[3]!.minTotalHours).toBe(sum(guide.phases.map((p) => p.estimatedHours)));
    expect(r[3]!.minPhasesCompleted).toBe(guide.phases.length);
  });
});

describe("ML Infrastructure guide: assessment", () => {
  it("includes the guide's 3 quiz prompts with origin 'guide'", () => {
    const fromGuide = guide.quiz.filter((q) => q.origin === "guide");
    expect(fromGuide.length).toBeGreaterThanOrEqual(3);
    expect(fromGuide.map((q) => q.prompt)).toEqual([
      "Which tool is specifically designed for managing features across training and serving environments?",
      "What is the primary purpose of a model registry in ML infrastructure?",
      "Which monitoring approach helps detect when input data distribution changes significantly from training data?",
    ]);
    expect(fromGuide[0]!.options[fromGuide[0]!.correctOption]).toBe("Feast");
  });

  it("has a question bank of at least 40 editorial questions, big enough that consecutive attempts share at most half", () => {
    expect(mlInfrastructureQuestionBank.length).toBeGreaterThanOrEqual(40);
    expect(mlInfrastructureQuestionBank.every((q) => q.origin === "added")).toBe(true);
    const pool = new Map(subSkillKeys.map((key) => [key, guide.quiz.filter((q) => q.subSkillKey === key).length]));
    const shares = shareBySubSkill(guide.subSkills, pool, DEFAULT_QUIZ_POLICY.questionsPerAttempt);
    // 1.5 × a share guarantees overlap ≤ half (drawQuestions); the bank gives every sub-skill at least 2 ×.
    for (const key of subSkillKeys) expect(pool.get(key)!, key).toBeGreaterThanOrEqual(2 * shares.get(key)!);
  });

  it("has at least 2 questions per sub-skill", () => {
    for (const key of subSkillKeys) {
      expect(guide.quiz.filter((q) => q.subSkillKey === key).length, key).toBeGreaterThanOrEqual(2);
    }
  });

  it("has a valid correct option and 4 distinct options per question", () => {
    for (const q of guide.quiz) {
      expect(q.options, q.key).toHaveLength(4);
      expect(new Set(q.options).size, q.key).toBe(4);
      expect(q.correctOption, q.key).toBeGreaterThanOrEqual(0);
      expect(q.correctOption, q.key).toBeLessThan(q.options.length);
      expect(
        q.options.some((o) => /all of the above/i.test(o)),
        q.key,
      ).toBe(false);
      expect(q.explanation.length, q.key).toBeGreaterThan(0);
    }
    // Correct answers are spread over every position.
    expect(new Set(guide.quiz.map((q) => q.correctOption)).size).toBe(4);
  });

  it("has the guide's 8 self-check questions covering all sub-skills", () => {
    expect(guide.selfChecks).toHaveLength(8);
    expect(guide.selfChecks[0]!.prompt).toBe(
      "Can you explain the difference between batch and real-time inference and when to use each?",
    );
    expect(guide.selfChecks[7]!.prompt).toBe("How do you handle model versioning and rollbacks in production?");
    expect(new Set(guide.selfChecks.map((s) => s.subSkillKey))).toEqual(new Set(subSkillKeys));
  });
});

describe("ML Infrastructure guide: projects, use cases, red flags, FAQs and sections", () => {
  it("has 3 portfolio projects with split stacks and 4 recruiter signals each", () => {
    expect(guide.projects).toHaveLength(3);
    expect(guide.projects.map((p) => p.difficulty)).toEqual(["INTERMEDIATE", "ADVANCED", "ADVANCED"]);
    expect(guide.projects[0]!.suggestedStack).toEqual(["Kubeflow", "TensorFlow", "Docker", "Kubernetes", "MLflow"]);
    expect(guide.projects[1]!.suggestedStack).toEqual([
      "Feast",
      "TensorFlow Serving",
      "Redis",
      "Prometheus",
      "Grafana",
    ]);
    expect(guide.projects[2]!.suggestedStack).toEqual(["Kubernetes", "MLflow", "Seldon Core", "Vault", "Airflow"]);
    for (const p of guide.projects) expect(p.recruiterSignals).toHaveLength(4);
  });

  it("has 3 use cases and 5 red flags mapped to sub-skills", () => {
    expect(guide.useCases.map((u) => [u.title, u.difficulty])).toEqual([
      ["Real-time Recommendation Systems", "ADVANCED"],
      ["Batch Prediction Pipelines", "INTERMEDIATE"],
      ["Automated Model Retraining", "INTERMEDIATE"],
    ]);
    expect(guide.redFlags.map((f) => f.subSkillKey)).toEqual([
      "ml-pipeline-automation",
      "monitoring-observability",
      "data-pipeline-engineering",
      "ml-pipeline-automation",
      "ml-governance-security",
    ]);
  });

  it("has the FAQ answer verbatim under a written question", () => {
    expect(guide.faqs).toHaveLength(1);
    expect(guide.faqs[0]!.question.endsWith("?")).toBe(true);
    expect(guide.faqs[0]!.answer.startsWith("ML Infrastructure focuses specifically on the unique requirements")).toBe(
      true,
    );
  });

  it("has every text section with the guide's item counts", () => {
    const counts = Object.fromEntries(Object.entries(guide.sections).map(([k, v]) => [k, v.length]));
    expect(counts).toEqual({
      WHY_IT_MATTERS: 5,
      OUTCOME: 5,
      MISCONCEPTION: 4,
      INDUSTRY: 5,
      PORTFOLIO_TIP: 4,
      RESUME_PHRASE: 4,
      ATS_TIP: 4,
      LEARNING_TIP: 4,
    });
    expect(guide.sections.INDUSTRY).toEqual([
      "Technology and SaaS",
      "Finance and FinTech",
      "Healthcare and Biotech",
      "E-commerce and Retail",
      "Automotive and Manufacturing",
    ]);
    // Scraped list numbers ("1Ability…") are stripped.
    for (const outcome of guide.sections.OUTCOME) expect(outcome).toMatch(/^[A-Z]/);
  });
});

describe("parseGuide validation", () => {
  it("accepts the guide itself", () => {
    expect(() => parseGuide(copyOfGuide())).not.toThrow();
  });

  it("rejects sub-skill weights that sum to 99", () => {
    const broken = copyOfGuide();
    broken.subSkills[0]!.weightPercent = 24;
    expect(() => parseGuide(broken)).toThrow("Sub-skill weights sum to 99, not 100");
  });

  it("rejects a duplicate key", () => {
    const broken = copyOfGuide();
    broken.quiz[1]!.key = broken.quiz[0]!.key;
    expect(() => parseGuide(broken)).toThrow(`Duplicate key ${broken.quiz[0]!.key} in quiz`);
  });
});

describe("ML Infrastructure guide: resources and résumé phrase sub-skills", () => {
  it("attaches official https links to topics and actions of every phase", () => {
    const itemPhase = new Map(
      guide.phases.flatMap((p) => [...p.topics, ...p.actions].map((i) => [i.key, p.key] as const)),
    );
    expect(guide.resources.length).toBeGreaterThanOrEqual(10);
    for (const r of guide.resources) {
      expect(r.url).toMatch(/^https:\/\//);
      expect(itemPhase.has(r.itemKey)).toBe(true);
    }
    expect(new Set(guide.resources.map((r) => itemPhase.get(r.itemKey))).size).toBe(guide.phases.length);
  });

  it("names sub-skills for every résumé phrase of the guide", () => {
    expect(guide.resumePhraseSubSkills.map((r) => r.phrase)).toEqual(guide.sections.RESUME_PHRASE);
  });

  it("refuses a resource on an unknown item and a mapping for a phrase the guide does not have", () => {
    const broken = copyOfGuide();
    broken.resources[0] = { ...broken.resources[0]!, itemKey: "no-such-item" };
    broken.resumePhraseSubSkills[0] = { phrase: "Invented phrase", subSkillKeys: ["infrastructure-as-code"] };
    expect(() => parseGuide(broken)).toThrow(
      /names unknown item no-such-item[\s\S]*No résumé phrase "Invented phrase"/,
    );
  });
});
