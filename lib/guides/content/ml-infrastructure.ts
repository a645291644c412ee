import {
  mlInfrastructureResources,
  mlInfrastructureResumePhraseSubSkills,
} from "@/lib/guides/content/ml-infrastructure-resources";
import pageText from "@/lib/guides/content/ml-infrastructure.guide.json" with { type: "json" };
import { mlInfrastructureQuestionBank } from "@/lib/guides/content/ml-infrastructure.editorial";
import { mlInfrastructureRubrics } from "@/lib/guides/content/ml-infrastructure.rubrics";
import { guideFileSchema } from "@/lib/guides/format/schema";
import { parseGuide } from "@/lib/guides/guide-schema";
import { guideFromPage, type GuideOverlay } from "@/lib/guides/page-overlay";

/**
 * The ML Infrastructure guide as the seed stores it: the seed page's text, parsed
 * (`ml-infrastructure.guide.json`, written by `npm run guide:parse -- <seed text>`; its 7 guessed
 * splits were checked and none needed a correction), joined with Skilltrail's editorial
 * additions below, by position in the page's lists: stable keys, phase summaries, deliverable
 * descriptions, sub-skill mappings, level thresholds, the options and explanations of the
 * page's quiz questions, the FAQ question the copy lost. The question pool is in
 * `ml-infrastructure.editorial.ts`, resources in `ml-infrastructure-resources.ts`.
 * tests/unit/guide-seed-text.test.ts shows the committed JSON is the parser's output, word for word.
 */
const editorial: GuideOverlay = {
  slug: "ml-infrastructure",
  keyCharacteristics: ["Scalability", "Reproducibility", "Automation", "Observability"],
  reviewWindowDays: 3,
  phases: [
    {
      key: "foundations-core-concepts",
      summary:
        "Learn the ML lifecycle and its infrastructure needs, then containerize, deploy, track and monitor a first model using managed cloud services.",
      topicKeys: [
        "p1-topic-ml-lifecycle",
        "p1-topic-cloud-ml-services",
        "p1-topic-docker-for-ml",
        "p1-topic-rest-model-serving",
        "p1-topic-mlflow-experiment-tracking",
      ],
      actionKeys: [
        "p1-action-cloud-ml-tutorials",
        "p1-action-containerize-model",
        "p1-action-deploy-managed-service",
        "p1-action-mlflow-tracking",
        "p1-action-endpoint-monitoring-dashboard",
      ],
      deliverables: [
        {
          key: "dockerized-ml-api",
          description:
            "A repository with a Dockerfile that builds and runs a trained model behind a REST prediction endpoint. The README shows the build/run commands and a sample request with its response.",
          subSkillKeys: ["model-serving-architecture", "infrastructure-as-code"],
        },
        {
          key: "mlflow-experiment-tracking",
          description:
            "An MLflow tracking setup with at least three logged training runs, each recording parameters, metrics and the model artifact. Screenshots or a link to the MLflow UI show the runs being compared.",
          subSkillKeys: ["ml-pipeline-automation"],
        },
        {
          key: "deployed-model-basic-monitoring",
          description:
            "A model deployed to a managed cloud endpoint (e.g. SageMaker or Vertex AI) that answers requests, plus a dashboard tracking its request count, latency and error rate. Evidence includes the endpoint URL or screenshots and the dashboard.",
          subSkillKeys: ["model-serving-architecture", "monitoring-observability"],
        },
      ],
    },
    {
      key: "pipeline-automation-scaling",
      summary:
        "Automate ML pipelines, add model versioning and a registry, and scale serving on Kubernetes with CI/CD and automated testing.",
      topicKeys: [
        "p2-topic-kubeflow-pipelines",
        "p2-topic-feature-stores-data-versioning",
        "p2-topic-model-registry-patterns",
        "p2-topic-kubernetes-ml-workloads",
        "p2-topic-automated-ml-testing",
      ],
      actionKeys: [
        "p2-action-kubeflow-pipeline",
        "p2-action-feast-feature-store",
        "p2-action-model-registry",
        "p2-action-kubernetes-deploy",
        "p2-action-model-quality-tests",
      ],
      deliverables: [
        {
          key: "kubeflow-automated-pipeline",
          description:
            "A Kubeflow pipeline whose components cover data preparation, training, evaluation and a deployment gate, runnable end to end without manual steps. The submission includes the pipeline code and a screenshot or log of a successful run.",
          subSkillKeys: ["ml-pipeline-automation", "data-pipeline-engineering"],
        },
        {
          key: "feature-store-implementation",
          description:
            "A feature store (e.g. Feast) with defined feature views, materialized to an online store, used both to build a training set and to fetch features at inference time from the same definitions.",
          subSkillKeys: ["data-pipeline-engineering"],
        },
        {
          key: "model-registry-version-control",
          description:
            "A model registry holding at least two versions of one model with lineage to the run that produced each, and a documented promotion from staging to production plus a rollback to the previous version.",
          subSkillKeys: ["ml-pipeline-automation", "ml-governance-security"],
        },
        {
          key: "kubernetes-ml-serving",
          description:
            "Version-controlled Kubernetes manifests or Helm chart that deploy a model server with multiple replicas, resource limits, health probes and a service or load balancer in front. Evidence shows the deployment running and scaling.",
          subSkillKeys: ["model-serving-architecture", "infrastructure-as-code"],
        },
      ],
    },
    {
      key: "advanced-architecture-optimization",
      summary:
        "Design multi-tenant ML platforms with advanced monitoring and observability, optimize their cost and performance, and establish ML governance frameworks.",
      topicKeys: [
        "p3-topic-multi-tenant-architecture",
        "p3-topic-prometheus-grafana-monitoring",
        "p3-topic-cost-optimization",
        "p3-topic-governance-compliance",
        "p3-topic-performance-optimization",
      ],
      actionKeys: [
        "p3-action-multi-tenant-design",
        "p3-action-custom-metrics-monitoring",
        "p3-action-optimize-inference-latency",
        "p3-action-deployment-governance-policies",
        "p3-action-cost-monitoring-alerting",
      ],
      deliverables: [
        {
          key: "multi-tenant-platform-design",
          description:
            "A design document with an architecture diagram showing how teams are isolated (namespaces, quotas, access control), how shared services are provisioned as code, and the trade-offs considered.",
          subSkillKeys: ["infrastructure-as-code", "ml-governance-security"],
        },
        {
          key: "comprehensive-monitoring-dashboard",
          description:
            "A dashboard (e.g. Prometheus and Grafana) covering infrastructure health, model performance and input data drift with custom metrics, plus at least one configured alert rule shown firing or tested.",
          subSkillKeys: ["monitoring-observability"],
        },
        {
          key: "cost-optimization-report",
          description:
            "A report that measures current ML infrastructure spend and utilization, proposes concrete changes such as auto-scaling, right-sizing or spot instances, and quantifies the expected savings.",
          subSkillKeys: ["infrastructure-as-code", "monitoring-observability"],
        },
        {
          key: "ml-governance-policy-framework",
          description:
            "A written policy set defining who may approve and deploy models, the required audit trail for model changes, access controls for artifacts and how data-privacy obligations (e.g. GDPR/CCPA) are met.",
          subSkillKeys: ["ml-governance-security"],
        },
      ],
    },
  ],
  subSkillKeys: [
    "data-pipeline-engineering",
    "model-serving-architecture",
    "ml-pipeline-automation",
    "monitoring-observability",
    "infrastructure-as-code",
    "ml-governance-security",
  ],
  levels: [
    {
      key: "beginner",
      requirements: {
        minTotalHours: 0,
        minPhasesCompleted: 0,
        minQuizPercent: 0,
        minOverallScore: 0,
        minSubSkillScore: 0,
        minApprovedProjects: 0,
      },
    },
    {
      key: "intermediate",
      requirements: {
        minTotalHours: 60,
        minPhasesCompleted: 1,
        minQuizPercent: 60,
        minOverallScore: 30,
        minSubSkillScore: 0,
        minApprovedProjects: 0,
      },
    },
    {
      key: "advanced",
      requirements: {
        minTotalHours: 180,
        minPhasesCompleted: 2,
        minQuizPercent: 75,
        minOverallScore: 60,
        minSubSkillScore: 40,
        minApprovedProjects: 0,
      },
    },
    {
      key: "expert",
      requirements: {
        minTotalHours: 360,
        minPhasesCompleted: 3,
        minQuizPercent: 90,
        minOverallScore: 85,
        minSubSkillScore: 70,
        minApprovedProjects: 1,
      },
    },
  ],
  quiz: [
    {
      fromPage: 0,
      key: "feature-store-tool",
      options: ["MLflow", "Kubeflow", "Feast", "Prometheus"],
      correctOption: 2,
      explanation:
        "Feast is a feature store: features are defined once and served consistently offline for training and online for inference, which prevents training/serving skew. MLflow tracks experiments and registers models, Kubeflow orchestrates pipelines and Prometheus collects metrics; none of them manage features across environments.",
      subSkillKey: "data-pipeline-engineering",
    },
    {
      fromPage: 1,
      key: "model-registry-purpose",
      options: [
        "Storing raw training datasets so they can be reproduced later",
        "Scheduling and orchestrating the steps of training pipelines",
        "Collecting latency and error metrics from live model endpoints",
        "Versioning, tracking and promoting models through lifecycle stages",
      ],
      correctOption: 3,
      explanation:
        "A model registry is the system of record for trained models: it versions them, tracks their lineage and metadata, and promotes them through stages such as staging and production (and back for rollbacks). Dataset versioning is the job of tools like DVC, orchestration belongs to Kubeflow or Airflow, and endpoint metrics belong to the monitoring stack.",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      fromPage: 2,
      key: "input-distribution-change-detection",
      options: [
        "Data drift detection on input feature distributions",
        "Infrastructure health checks on CPU and memory usage",
        "Request latency tracking at the serving endpoint",
        "Unit tests on the feature transformation code",
      ],
      correctOption: 0,
      explanation:
        "Data drift detection compares the distribution of incoming features with the training distribution and flags significant changes. CPU and memory checks and latency tracking watch the infrastructure, not the data, and unit tests verify code before deployment rather than observing live inputs.",
      subSkillKey: "monitoring-observability",
    },
    {
      key: "great-expectations-role",
      prompt: "In an ML data pipeline, what does Great Expectations primarily provide?",
      options: [
        "Versioned storage of large datasets alongside Git commits",
        "Declarative data quality checks that validate datasets",
        "Low-latency online serving of precomputed features",
        "Scheduling of batch jobs across a Kubernetes cluster",
      ],
      correctOption: 1,
      explanation:
        "Great Expectations lets you declare expectations about data (types, ranges, null rates, uniqueness) and validates datasets against them, so bad data is caught before training or inference. Dataset versioning is DVC's job, online feature serving is a feature store's job, and job scheduling belongs to an orchestrator such as Airflow.",
      subSkillKey: "data-pipeline-engineering",
      origin: "added",
    },
    {
      key: "dataset-versioning-tool",
      prompt: "Which tool versions datasets alongside code so that a training run can be reproduced exactly?",
      options: ["Grafana", "Helm", "Seldon Core", "DVC"],
      correctOption: 3,
      explanation:
        "DVC (Data Version Control) tracks datasets and model files next to the Git history, so any commit can be checked out with the exact data it was trained on. Grafana builds dashboards, Helm packages Kubernetes applications and Seldon Core serves models; none of them version data.",
      subSkillKey: "data-pipeline-engineering",
      origin: "added",
    },
    {
      key: "training-serving-skew-risk",
      prompt: "What is the main risk of using different data processing code for training and for inference?",
      options: [
        "Training runs slower because every feature is computed twice",
        "Model artifacts grow larger and take longer to deploy",
        "Production features differ from training ones, silently hurting accuracy",
        "Access controls on the feature tables become harder to audit",
      ],
      correctOption: 2,
      explanation:
        "Separate code paths drift apart, so the model receives features at inference time that were computed differently from those it learned on (training/serving skew), degrading predictions without any error being raised. Duplicate processing does not change training speed, artifact size or access auditing in any meaningful way.",
      subSkillKey: "data-pipeline-engineering",
      origin: "added",
    },
    {
      key: "quantization-latency",
      prompt: "How does model quantization help reduce inference latency?",
      options: [
        "It stores weights at lower numeric precision, such as int8",
        "It splits incoming requests evenly across model replicas",
        "It caches earlier predictions so repeated inputs skip the model",
        "It removes training data the model no longer needs to serve",
      ],
      correctOption: 0,
      explanation:
        "Quantization converts weights (and often activations) from 32-bit floats to lower precision such as int8, shrinking the model and making each prediction cheaper to compute, especially with hardware acceleration. Load balancing and caching are serving techniques that do not change the model itself, and serving does not carry training data at all.",
      subSkillKey: "model-serving-architecture",
      origin: "added",
    },
    {
      key: "pytorch-serving-tool",
      prompt: "Which tool is purpose-built for serving PyTorch models behind REST or gRPC endpoints?",
      options: ["Apache Airflow", "Terraform", "TorchServe", "Great Expectations"],
      correctOption: 2,
      explanation:
        "TorchServe is the PyTorch model server: it loads model archives and exposes inference and management APIs over REST and gRPC. Apache Airflow orchestrates workflows, Terraform provisions infrastructure and Great Expectations validates data; none of them serve models.",
      subSkillKey: "model-serving-architecture",
      origin: "added",
    },
    {
      key: "ab-testing-models",
      prompt: "How does an A/B testing framework compare two model versions in production?",
      options: [
        "It retrains both models on the same data and keeps the faster one",
        "It routes a share of live traffic to each and compares their metrics",
        "It runs both models offline on a held-out test set only once",
        "It deploys the newer model everywhere and rolls back on errors",
      ],
      correctOption: 1,
      explanation:
        "An A/B test splits live traffic between model versions and compares business and model metrics on real requests before committing to one. Retraining speed says nothing about prediction quality, a one-off offline evaluation is not a production comparison, and a full rollout with rollback exposes all users to the new model at once.",
      subSkillKey: "model-serving-architecture",
      origin: "added",
    },
    {
      key: "pipeline-orchestrator-role",
      prompt: "What role do Kubeflow Pipelines or Apache Airflow play in ML infrastructure?",
      options: [
        "Serving model predictions to clients with low latency",
        "Storing and versioning the raw datasets used for training",
        "Orchestrating training, evaluation and deployment as workflows",
        "Visualising infrastructure metrics on real-time dashboards",
      ],
      correctOption: 2,
      explanation:
        "Kubeflow Pipelines and Airflow orchestrate multi-step workflows, running data preparation, training, evaluation and deployment steps in order, on schedules or triggers. Low-latency serving is done by model servers, dataset versioning by tools like DVC, and dashboards by tools like Grafana.",
      subSkillKey: "ml-pipeline-automation",
      origin: "added",
    },
    {
      key: "retraining-trigger",
      prompt: "Which is a sound trigger for automated model retraining?",
      options: [
        "A quarterly calendar reminder for an engineer to retrain by hand",
        "Every restart of the container that serves the model",
        "A manual request filed through the team's ticketing system",
        "A monitored performance metric falling below an agreed threshold",
      ],
      correctOption: 3,
      explanation:
        "Triggered retraining ties the pipeline to monitoring: when a tracked metric such as accuracy drops below a threshold (or new data arrives), retraining starts automatically. Calendar reminders and tickets are manual processes, and container restarts have nothing to do with whether the model has degraded.",
      subSkillKey: "ml-pipeline-automation",
      origin: "added",
    },
    {
      key: "prometheus-grafana-roles",
      prompt: "In a Prometheus and Grafana monitoring stack, what does each tool do?",
      options: [
        "Prometheus serves the model; Grafana routes traffic between versions",
        "Prometheus collects and stores metrics; Grafana visualises them",
        "Prometheus versions datasets; Grafana validates their quality",
        "Prometheus provisions cloud resources; Grafana packages them",
      ],
      correctOption: 1,
      explanation:
        "Prometheus scrapes and stores time-series metrics and evaluates alert rules; Grafana queries those metrics and presents them in dashboards. Neither tool serves models or routes traffic, versions or validates data, or provisions and packages infrastructure.",
      subSkillKey: "monitoring-observability",
      origin: "added",
    },
    {
      key: "model-quality-alerting",
      prompt: "Why does an ML system need alerting on model quality in addition to infrastructure health?",
      options: [
        "Infrastructure alerts already cover every way a model can fail",
        "Model-quality alerts replace the need for infrastructure monitoring",
        "A model can return poor predictions while servers look healthy",
        "Only financial regulators require alerts on model quality",
      ],
      correctOption: 2,
      explanation:
        "Models degrade silently: drift or upstream data bugs can make predictions wrong while CPU, memory and latency all look normal, so model performance needs its own alerts. Infrastructure alerts do not see prediction quality, model alerts do not see outages, and the need is operational, not just regulatory.",
      subSkillKey: "monitoring-observability",
      origin: "added",
    },
    {
      key: "terraform-role",
      prompt: "What does Terraform provide for ML infrastructure?",
      options: [
        "Declarative, version-controlled provisioning of cloud resources",
        "Experiment tracking with parameters and metrics for each run",
        "Automatic detection of drift in model input features",
        "Low-latency inference for exported TensorFlow models",
      ],
      correctOption: 0,
      explanation:
        "Terraform describes cloud resources (clusters, storage, networks, GPUs) as code that is reviewed, versioned and applied repeatably, making environments reproducible. Experiment tracking is MLflow's job, drift detection belongs to monitoring, and TensorFlow inference is handled by TensorFlow Serving.",
      subSkillKey: "infrastructure-as-code",
      origin: "added",
    },
    {
      key: "helm-charts-role",
      prompt: "What are Helm charts used for when running ML workloads on Kubernetes?",
      options: [
        "Tracking which datasets trained each model version",
        "Defining alert thresholds for model accuracy degradation",
        "Converting models to lower precision for faster inference",
        "Packaging and templating Kubernetes manifests for repeatable deploys",
      ],
      correctOption: 3,
      explanation:
        "Helm packages Kubernetes manifests into parameterised charts, so the same ML service can be installed, upgraded and rolled back consistently across environments. Dataset lineage, accuracy alerts and quantization are handled by data versioning, monitoring and model optimization tools respectively.",
      subSkillKey: "infrastructure-as-code",
      origin: "added",
    },
    {
      key: "rbac-model-artifacts",
      prompt: "What does role-based access control (RBAC) for model artifacts achieve?",
      options: [
        "It speeds up model loading by caching artifacts per role",
        "It limits who can read, change or deploy artifacts by their role",
        "It retrains models automatically whenever a role is created",
        "It encrypts training data so that it meets GDPR by default",
      ],
      correctOption: 1,
      explanation:
        "RBAC grants permissions to roles rather than individuals, so only authorised people and services can read, modify or deploy model artifacts. It has no effect on loading speed or retraining, and while it supports compliance, it is not encryption and does not by itself make data GDPR-compliant.",
      subSkillKey: "ml-governance-security",
      origin: "added",
    },
    {
      key: "audit-trail-purpose",
      prompt: "Why keep audit trails for model changes and deployments?",
      options: [
        "To speed up deployments by skipping manual approval steps",
        "To reduce storage costs by deleting older model versions",
        "To let models retrain themselves without human review",
        "To record who changed or deployed which model version and when",
      ],
      correctOption: 3,
      explanation:
        "An audit trail records who changed or deployed which model version, when and why, which is what auditors and incident reviews need and what compliance frameworks demand. It does not speed deployments, save storage or replace human review; if anything it supports approval steps rather than skipping them.",
      subSkillKey: "ml-governance-security",
      origin: "added",
    },
    {
      key: "gdpr-ml-pipelines",
      prompt: "Which practice helps keep an ML pipeline compliant with GDPR/CCPA?",
      options: [
        "Copying production personal data to developer laptops for tests",
        "Keeping all training data forever in case a future model needs it",
        "Minimising and tracking personal data so deletion requests can be met",
        "Turning off pipeline logging so no personal data is ever recorded",
      ],
      correctOption: 2,
      explanation:
        "GDPR and CCPA require data minimisation and the ability to honour access and deletion requests, which means knowing where personal data flows in the pipeline. Copying personal data to laptops and retaining it indefinitely violate those principles, and turning off logging removes the audit trail needed to demonstrate compliance.",
      subSkillKey: "ml-governance-security",
      origin: "added",
    },
    // The question bank's editorial questions: each attempt draws from all of them (lib/quiz/draw.ts).
    ...mlInfrastructureQuestionBank,
  ],
  selfChecks: [
    {
      key: "batch-vs-real-time-inference",
      subSkillKey: "model-serving-architecture",
    },
    {
      key: "automated-retraining-design",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "production-monitoring-metrics",
      subSkillKey: "monitoring-observability",
    },
    {
      key: "reproducibility-across-environments",
      subSkillKey: "infrastructure-as-code",
    },
    {
      key: "inference-latency-optimization",
      subSkillKey: "model-serving-architecture",
    },
    {
      key: "feature-store-design",
      subSkillKey: "data-pipeline-engineering",
    },
    {
      key: "ml-security-considerations",
      subSkillKey: "ml-governance-security",
    },
    {
      key: "model-versioning-rollbacks",
      subSkillKey: "ml-pipeline-automation",
    },
  ],
  projects: [
    {
      key: "image-classification-ml-pipeline",
      subSkillKeys: ["ml-pipeline-automation", "infrastructure-as-code", "monitoring-observability"],
    },
    {
      key: "real-time-recommendation-infrastructure",
      subSkillKeys: ["data-pipeline-engineering", "model-serving-architecture", "monitoring-observability"],
    },
    {
      key: "multi-team-ml-platform",
      subSkillKeys: ["infrastructure-as-code", "ml-governance-security", "ml-pipeline-automation"],
    },
  ],
  useCaseKeys: ["real-time-recommendation-systems", "batch-prediction-pipelines", "automated-model-retraining"],
  redFlags: [
    {
      key: "manual-model-deployment",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "no-performance-data-quality-monitoring",
      subSkillKey: "monitoring-observability",
    },
    {
      key: "train-inference-processing-mismatch",
      subSkillKey: "data-pipeline-engineering",
    },
    {
      key: "no-model-dataset-version-control",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "ignoring-ml-artifact-security",
      subSkillKey: "ml-governance-security",
    },
  ],
  faqs: [
    {
      key: "ml-infrastructure-vs-devops",
      question: "How is ML Infrastructure different from DevOps?",
    },
  ],
  resources: [...mlInfrastructureResources],
  resumePhraseSubSkills: [...mlInfrastructureResumePhraseSubSkills],
  rubrics: mlInfrastructureRubrics,
};

export const mlInfrastructurePage = guideFileSchema.parse(pageText);
export const mlInfrastructureGuide = parseGuide(guideFromPage(mlInfrastructurePage, editorial));
