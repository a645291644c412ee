import type { GuideInput } from "@/lib/guides/guide-schema";

/**
 * Editorial additions to the ML Infrastructure guide (the guide page has neither): official
 * documentation and well-known references for its topics and actions, and the sub-skills each
 * of its résumé phrases claims. Seeded like the rest of the guide, by stable key, then owned by
 * the admins. Minutes are a first reading, not the whole site.
 */

export const mlInfrastructureResources = [
  {
    key: "rules-of-ml",
    itemKey: "p1-topic-ml-lifecycle",
    title: "Rules of Machine Learning (Google)",
    url: "https://developers.google.com/machine-learning/guides/rules-of-ml",
    kind: "ARTICLE",
    cost: "FREE",
    estimatedMinutes: 60,
  },
  {
    key: "designing-ml-systems-book",
    itemKey: "p1-topic-ml-lifecycle",
    title: "Designing Machine Learning Systems (Chip Huyen, O'Reilly)",
    url: "https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/",
    kind: "BOOK",
    cost: "PAID",
    estimatedMinutes: 900,
  },
  {
    key: "sagemaker-developer-guide",
    itemKey: "p1-topic-cloud-ml-services",
    title: "What is Amazon SageMaker AI? (AWS docs)",
    url: "https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 30,
  },
  {
    key: "vertex-ai-docs",
    itemKey: "p1-topic-cloud-ml-services",
    title: "Vertex AI documentation (Google Cloud)",
    url: "https://cloud.google.com/vertex-ai/docs",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 30,
  },
  {
    key: "docker-overview",
    itemKey: "p1-topic-docker-for-ml",
    title: "Docker overview (Docker docs)",
    url: "https://docs.docker.com/get-started/docker-overview/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 20,
  },
  {
    key: "docker-get-started",
    itemKey: "p1-action-containerize-model",
    title: "Get started with Docker (Docker docs)",
    url: "https://docs.docker.com/get-started/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 90,
  },
  {
    key: "fastapi-tutorial",
    itemKey: "p1-topic-rest-model-serving",
    title: "FastAPI tutorial: user guide",
    url: "https://fastapi.tiangolo.com/tutorial/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 120,
  },
  {
    key: "mlflow-tracking",
    itemKey: "p1-topic-mlflow-experiment-tracking",
    title: "MLflow Tracking (MLflow docs)",
    url: "https://mlflow.org/docs/latest/tracking.html",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 45,
  },
  {
    key: "kubeflow-pipelines-overview",
    itemKey: "p2-topic-kubeflow-pipelines",
    title: "Kubeflow Pipelines overview (Kubeflow docs)",
    url: "https://www.kubeflow.org/docs/components/pipelines/overview/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 30,
  },
  {
    key: "feast-quickstart",
    itemKey: "p2-action-feast-feature-store",
    title: "Feast quickstart (Feast docs)",
    url: "https://docs.feast.dev/getting-started/quickstart",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 60,
  },
  {
    key: "mlflow-model-registry",
    itemKey: "p2-topic-model-registry-patterns",
    title: "MLflow Model Registry (MLflow docs)",
    url: "https://mlflow.org/docs/latest/model-registry.html",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 30,
  },
  {
    key: "kubernetes-basics",
    itemKey: "p2-topic-kubernetes-ml-workloads",
    title: "Learn Kubernetes Basics (Kubernetes docs)",
    url: "https://kubernetes.io/docs/tutorials/kubernetes-basics/",
    kind: "COURSE",
    cost: "FREE",
    estimatedMinutes: 120,
  },
  {
    key: "kubernetes-deployments",
    itemKey: "p2-action-kubernetes-deploy",
    title: "Deployments (Kubernetes docs)",
    url: "https://kubernetes.io/docs/concepts/workloads/controllers/deployment/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 40,
  },
  {
    key: "prometheus-overview",
    itemKey: "p3-topic-prometheus-grafana-monitoring",
    title: "Prometheus overview (Prometheus docs)",
    url: "https://prometheus.io/docs/introduction/overview/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 20,
  },
  {
    key: "grafana-docs",
    itemKey: "p3-topic-prometheus-grafana-monitoring",
    title: "Grafana documentation",
    url: "https://grafana.com/docs/grafana/latest/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 45,
  },
  {
    key: "prometheus-instrumentation",
    itemKey: "p3-action-custom-metrics-monitoring",
    title: "Instrumentation best practices (Prometheus docs)",
    url: "https://prometheus.io/docs/practices/instrumentation/",
    kind: "DOCS",
    cost: "FREE",
    estimatedMinutes: 30,
  },
] as const satisfies NonNullable<GuideInput["resources"]>;

export const mlInfrastructureResumePhraseSubSkills = [
  {
    phrase: "Designed and implemented scalable ML infrastructure serving 100+ models with 99.9% availability",
    subSkillKeys: ["model-serving-architecture", "infrastructure-as-code"],
  },
  {
    phrase: "Built automated ML pipelines reducing time-to-production from weeks to days",
    subSkillKeys: ["ml-pipeline-automation"],
  },
  {
    phrase: "Implemented comprehensive monitoring system detecting data drift and performance degradation",
    subSkillKeys: ["monitoring-observability"],
  },
  {
    phrase: "Architected multi-tenant ML platform serving 10+ data science teams with proper resource isolation",
    subSkillKeys: ["infrastructure-as-code", "ml-governance-security"],
  },
] as const satisfies NonNullable<GuideInput["resumePhraseSubSkills"]>;
