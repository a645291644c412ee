import {
  mlInfrastructureResources,
  mlInfrastructureResumePhraseSubSkills,
} from "@/lib/guides/content/ml-infrastructure-resources";
import { mlInfrastructureQuestionBank } from "@/lib/guides/content/ml-infrastructure.editorial";
import { mlInfrastructureRubrics } from "@/lib/guides/content/ml-infrastructure.rubrics";
import { parseGuide, type GuideInput } from "@/lib/guides/guide-schema";

/**
 * ML Infrastructure skill guide, transcribed from the seed guide
 * (shared/seed/ml-infrastructure-skill-guide.txt). Guide text is copied verbatim;
 * phase summaries, deliverable descriptions, quiz options/explanations, the added
 * quiz questions, the FAQ question and all sub-skill mappings are editorial additions.
 */
const definition = {
  slug: "ml-infrastructure",
  title: "ML Infrastructure",
  category: "Technical",
  tagline:
    "Designing and managing scalable systems to deploy, monitor, and maintain machine learning models in production.",
  overview:
    "ML Infrastructure involves creating and managing the technical systems and platforms that enable machine learning models to be trained, deployed, monitored, and maintained at scale. It encompasses data pipelines, model serving, monitoring, and automation tools to ensure reliable and efficient ML operations. Key characteristics include scalability, reproducibility, automation, and observability across the ML lifecycle.",
  keyCharacteristics: ["Scalability", "Reproducibility", "Automation", "Observability"],
  reviewWindowDays: 3,

  phases: [
    {
      key: "foundations-core-concepts",
      title: "Foundations & Core Concepts",
      estimatedHours: 60,
      summary:
        "Learn the ML lifecycle and its infrastructure needs, then containerize, deploy, track and monitor a first model using managed cloud services.",
      goals: [
        "Understand ML lifecycle and infrastructure requirements",
        "Deploy first model using managed services",
        "Learn containerization basics for ML",
        "Set up basic monitoring and version control",
      ],
      topics: [
        { key: "p1-topic-ml-lifecycle", title: "ML lifecycle stages and infrastructure needs" },
        { key: "p1-topic-cloud-ml-services", title: "Cloud ML services (AWS SageMaker, Google Vertex AI, Azure ML)" },
        { key: "p1-topic-docker-for-ml", title: "Docker for ML applications" },
        { key: "p1-topic-rest-model-serving", title: "Basic model serving with REST APIs" },
        { key: "p1-topic-mlflow-experiment-tracking", title: "Introduction to experiment tracking with MLflow" },
      ],
      actions: [
        { key: "p1-action-cloud-ml-tutorials", title: "Complete AWS SageMaker or Google Vertex AI tutorials" },
        { key: "p1-action-containerize-model", title: "Containerize a simple ML model with Docker" },
        { key: "p1-action-deploy-managed-service", title: "Deploy a model using a cloud provider's managed service" },
        { key: "p1-action-mlflow-tracking", title: "Set up MLflow to track a training experiment" },
        {
          key: "p1-action-endpoint-monitoring-dashboard",
          title: "Create a simple monitoring dashboard for model endpoints",
        },
      ],
      deliverables: [
        {
          key: "dockerized-ml-api",
          title: "Dockerized ML application with basic API",
          description:
            "A repository with a Dockerfile that builds and runs a trained model behind a REST prediction endpoint. The README shows the build/run commands and a sample request with its response.",
          subSkillKeys: ["model-serving-architecture", "infrastructure-as-code"],
        },
        {
          key: "mlflow-experiment-tracking",
          title: "MLflow experiment tracking setup",
          description:
            "An MLflow tracking setup with at least three logged training runs, each recording parameters, metrics and the model artifact. Screenshots or a link to the MLflow UI show the runs being compared.",
          subSkillKeys: ["ml-pipeline-automation"],
        },
        {
          key: "deployed-model-basic-monitoring",
          title: "Deployed model with basic monitoring",
          description:
            "A model deployed to a managed cloud endpoint (e.g. SageMaker or Vertex AI) that answers requests, plus a dashboard tracking its request count, latency and error rate. Evidence includes the endpoint URL or screenshots and the dashboard.",
          subSkillKeys: ["model-serving-architecture", "monitoring-observability"],
        },
      ],
    },
    {
      key: "pipeline-automation-scaling",
      title: "Pipeline Automation & Scaling",
      estimatedHours: 120,
      summary:
        "Automate ML pipelines, add model versioning and a registry, and scale serving on Kubernetes with CI/CD and automated testing.",
      goals: [
        "Build automated ML pipelines",
        "Implement model versioning and registry",
        "Design scalable serving architectures",
        "Set up CI/CD for ML",
      ],
      topics: [
        { key: "p2-topic-kubeflow-pipelines", title: "Kubeflow pipelines and components" },
        { key: "p2-topic-feature-stores-data-versioning", title: "Feature stores and data versioning" },
        { key: "p2-topic-model-registry-patterns", title: "Model registry patterns and implementations" },
        { key: "p2-topic-kubernetes-ml-workloads", title: "Kubernetes for ML workloads" },
        { key: "p2-topic-automated-ml-testing", title: "Automated testing for ML systems" },
      ],
      actions: [
        { key: "p2-action-kubeflow-pipeline", title: "Build an end-to-end pipeline with Kubeflow" },
        { key: "p2-action-feast-feature-store", title: "Implement a feature store using Feast" },
        { key: "p2-action-model-registry", title: "Create a model registry with versioning" },
        { key: "p2-action-kubernetes-deploy", title: "Deploy ML workloads on Kubernetes" },
        { key: "p2-action-model-quality-tests", title: "Set up automated testing for model quality" },
      ],
      deliverables: [
        {
          key: "kubeflow-automated-pipeline",
          title: "Automated ML pipeline with Kubeflow",
          description:
            "A Kubeflow pipeline whose components cover data preparation, training, evaluation and a deployment gate, runnable end to end without manual steps. The submission includes the pipeline code and a screenshot or log of a successful run.",
          subSkillKeys: ["ml-pipeline-automation", "data-pipeline-engineering"],
        },
        {
          key: "feature-store-implementation",
          title: "Feature store implementation",
          description:
            "A feature store (e.g. Feast) with defined feature views, materialized to an online store, used both to build a training set and to fetch features at inference time from the same definitions.",
          subSkillKeys: ["data-pipeline-engineering"],
        },
        {
          key: "model-registry-version-control",
          title: "Model registry with version control",
          description:
            "A model registry holding at least two versions of one model with lineage to the run that produced each, and a documented promotion from staging to production plus a rollback to the previous version.",
          subSkillKeys: ["ml-pipeline-automation", "ml-governance-security"],
        },
        {
          key: "kubernetes-ml-serving",
          title: "Kubernetes deployment for ML serving",
          description:
            "Version-controlled Kubernetes manifests or Helm chart that deploy a model server with multiple replicas, resource limits, health probes and a service or load balancer in front. Evidence shows the deployment running and scaling.",
          subSkillKeys: ["model-serving-architecture", "infrastructure-as-code"],
        },
      ],
    },
    {
      key: "advanced-architecture-optimization",
      title: "Advanced Architecture & Optimization",
      estimatedHours: 180,
      summary:
        "Design multi-tenant ML platforms with advanced monitoring and observability, optimize their cost and performance, and establish ML governance frameworks.",
      goals: [
        "Design multi-tenant ML platforms",
        "Implement advanced monitoring and observability",
        "Optimize infrastructure costs and performance",
        "Establish ML governance frameworks",
      ],
      topics: [
        { key: "p3-topic-multi-tenant-architecture", title: "Multi-tenant architecture patterns" },
        { key: "p3-topic-prometheus-grafana-monitoring", title: "Advanced monitoring with Prometheus and Grafana" },
        { key: "p3-topic-cost-optimization", title: "Cost optimization strategies for ML infrastructure" },
        { key: "p3-topic-governance-compliance", title: "ML governance and compliance frameworks" },
        { key: "p3-topic-performance-optimization", title: "Performance optimization techniques" },
      ],
      actions: [
        { key: "p3-action-multi-tenant-design", title: "Design a multi-tenant ML platform architecture" },
        { key: "p3-action-custom-metrics-monitoring", title: "Implement comprehensive monitoring with custom metrics" },
        { key: "p3-action-optimize-inference-latency", title: "Optimize inference latency through model optimization" },
        { key: "p3-action-deployment-governance-policies", title: "Create governance policies for model deployment" },
        { key: "p3-action-cost-monitoring-alerting", title: "Build automated cost monitoring and alerting" },
      ],
      deliverables: [
        {
          key: "multi-tenant-platform-design",
          title: "Multi-tenant ML platform design document",
          description:
            "A design document with an architecture diagram showing how teams are isolated (namespaces, quotas, access control), how shared services are provisioned as code, and the trade-offs considered.",
          subSkillKeys: ["infrastructure-as-code", "ml-governance-security"],
        },
        {
          key: "comprehensive-monitoring-dashboard",
          title: "Comprehensive monitoring dashboard",
          description:
            "A dashboard (e.g. Prometheus and Grafana) covering infrastructure health, model performance and input data drift with custom metrics, plus at least one configured alert rule shown firing or tested.",
          subSkillKeys: ["monitoring-observability"],
        },
        {
          key: "cost-optimization-report",
          title: "Cost optimization analysis report",
          description:
            "A report that measures current ML infrastructure spend and utilization, proposes concrete changes such as auto-scaling, right-sizing or spot instances, and quantifies the expected savings.",
          subSkillKeys: ["infrastructure-as-code", "monitoring-observability"],
        },
        {
          key: "ml-governance-policy-framework",
          title: "ML governance policy framework",
          description:
            "A written policy set defining who may approve and deploy models, the required audit trail for model changes, access controls for artifacts and how data-privacy obligations (e.g. GDPR/CCPA) are met.",
          subSkillKeys: ["ml-governance-security"],
        },
      ],
    },
  ],

  subSkills: [
    {
      key: "data-pipeline-engineering",
      name: "Data Pipeline Engineering",
      weightPercent: 25,
      description:
        "Designing and implementing scalable data pipelines for feature engineering, data validation, and dataset versioning. This includes both batch and streaming data processing for ML training and inference.",
      exampleTasks: [
        "Building feature stores using Feast or Tecton",
        "Implementing data quality checks with Great Expectations",
        "Creating reproducible dataset versioning with DVC",
      ],
    },
    {
      key: "model-serving-architecture",
      name: "Model Serving Architecture",
      weightPercent: 20,
      description:
        "Designing and implementing systems to serve ML models at scale with low latency and high availability. This includes REST/gRPC APIs, batch processing, and edge deployment considerations.",
      exampleTasks: [
        "Implementing model serving with TensorFlow Serving or TorchServe",
        "Designing A/B testing frameworks for model comparison",
        "Optimizing inference latency through model quantization and hardware acceleration",
      ],
    },
    {
      key: "ml-pipeline-automation",
      name: "ML Pipeline Automation",
      weightPercent: 20,
      description:
        "Creating automated workflows for model training, evaluation, and deployment using CI/CD principles. This includes experiment tracking, model registry, and automated retraining triggers.",
      exampleTasks: [
        "Building end-to-end pipelines with Kubeflow or Apache Airflow",
        "Implementing automated model testing and validation",
        "Setting up triggered retraining based on performance metrics",
      ],
    },
    {
      key: "monitoring-observability",
      name: "Monitoring & Observability",
      weightPercent: 15,
      description:
        "Implementing comprehensive monitoring for model performance, data quality, and infrastructure health. This includes alerting, dashboards, and root cause analysis tools.",
      exampleTasks: [
        "Setting up drift detection for feature distributions",
        "Creating performance dashboards with Prometheus and Grafana",
        "Implementing automated alerting for model degradation",
      ],
    },
    {
      key: "infrastructure-as-code",
      name: "Infrastructure as Code",
      weightPercent: 10,
      description:
        "Managing ML infrastructure using code-based approaches for reproducibility and scalability. This includes container orchestration, cloud resource management, and configuration management.",
      exampleTasks: [
        "Managing Kubernetes clusters for ML workloads with Helm charts",
        "Automating cloud resource provisioning with Terraform",
        "Creating reusable infrastructure templates for different ML projects",
      ],
    },
    {
      key: "ml-governance-security",
      name: "ML Governance & Security",
      weightPercent: 10,
      description:
        "Implementing security controls, access management, and compliance frameworks for ML systems. This includes model auditing, data privacy, and regulatory compliance.",
      exampleTasks: [
        "Implementing role-based access control for model artifacts",
        "Creating audit trails for model changes and deployments",
        "Ensuring GDPR/CCPA compliance in ML pipelines",
      ],
    },
  ],

  levels: [
    {
      key: "beginner",
      name: "Beginner",
      difficulty: "BEGINNER",
      summary: "Understands basic ML concepts and can use managed ML services for simple deployments.",
      typicalExperience: "0-6 months",
      capabilities: [
        "Can deploy a simple model using cloud services like AWS SageMaker or Google Vertex AI",
        "Understands basic containerization concepts with Docker",
        "Can set up basic monitoring for model endpoints",
        "Familiar with version control for code but not for models or datasets",
        "Relies on manual processes for model updates and retraining",
      ],
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
      name: "Intermediate",
      difficulty: "INTERMEDIATE",
      summary: "Designs and implements automated ML pipelines with monitoring and basic CI/CD.",
      typicalExperience: "6-24 months",
      capabilities: [
        "Builds automated training pipelines using tools like Kubeflow or MLflow",
        "Implements model versioning and experiment tracking",
        "Sets up automated testing for ML components",
        "Designs scalable serving architectures with load balancing",
        "Implements basic data validation and monitoring for drift detection",
      ],
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
      name: "Advanced",
      difficulty: "ADVANCED",
      summary: "Architects enterprise-grade ML platforms with advanced automation, monitoring, and governance.",
      typicalExperience: "2-5 years",
      capabilities: [
        "Designs multi-tenant ML platforms serving multiple teams",
        "Implements advanced monitoring for data quality, model performance, and infrastructure metrics",
        "Builds automated rollback and canary deployment systems",
        "Optimizes infrastructure costs through resource management and auto-scaling",
        "Establishes ML governance frameworks with audit trails and compliance controls",
      ],
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
      name: "Expert",
      difficulty: "EXPERT",
      summary: "Leads strategic ML infrastructure initiatives and contributes to open-source ML tools and standards.",
      typicalExperience: "5+ years",
      capabilities: [
        "Designs ML infrastructure for petabyte-scale datasets and global deployments",
        "Contributes to or maintains open-source ML infrastructure projects",
        "Sets organizational standards and best practices for ML operations",
        "Architects hybrid and multi-cloud ML infrastructure solutions",
        "Mentors teams and influences industry practices through publications or speaking",
      ],
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
    // --- From the guide's Quick Quiz ---
    {
      key: "feature-store-tool",
      prompt: "Which tool is specifically designed for managing features across training and serving environments?",
      options: ["MLflow", "Kubeflow", "Feast", "Prometheus"],
      correctOption: 2,
      explanation:
        "Feast is a feature store: features are defined once and served consistently offline for training and online for inference, which prevents training/serving skew. MLflow tracks experiments and registers models, Kubeflow orchestrates pipelines and Prometheus collects metrics; none of them manage features across environments.",
      subSkillKey: "data-pipeline-engineering",
      origin: "guide",
    },
    {
      key: "model-registry-purpose",
      prompt: "What is the primary purpose of a model registry in ML infrastructure?",
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
      origin: "guide",
    },
    {
      key: "input-distribution-change-detection",
      prompt:
        "Which monitoring approach helps detect when input data distribution changes significantly from training data?",
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
      origin: "guide",
    },

    // --- Added for sub-skill coverage: Data Pipeline Engineering ---
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

    // --- Model Serving Architecture ---
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

    // --- ML Pipeline Automation ---
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

    // --- Monitoring & Observability ---
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

    // --- Infrastructure as Code ---
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

    // --- ML Governance & Security ---
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
      prompt: "Can you explain the difference between batch and real-time inference and when to use each?",
      subSkillKey: "model-serving-architecture",
    },
    {
      key: "automated-retraining-design",
      prompt: "How would you implement automated retraining for a model that shows performance degradation?",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "production-monitoring-metrics",
      prompt: "What monitoring metrics would you track for an ML system in production?",
      subSkillKey: "monitoring-observability",
    },
    {
      key: "reproducibility-across-environments",
      prompt: "How do you ensure reproducibility in ML experiments across different environments?",
      subSkillKey: "infrastructure-as-code",
    },
    {
      key: "inference-latency-optimization",
      prompt: "What strategies would you use to optimize inference latency for a high-traffic model?",
      subSkillKey: "model-serving-architecture",
    },
    {
      key: "feature-store-design",
      prompt: "How would you design a feature store for both training and serving?",
      subSkillKey: "data-pipeline-engineering",
    },
    {
      key: "ml-security-considerations",
      prompt: "What security considerations are important for ML infrastructure?",
      subSkillKey: "ml-governance-security",
    },
    {
      key: "model-versioning-rollbacks",
      prompt: "How do you handle model versioning and rollbacks in production?",
      subSkillKey: "ml-pipeline-automation",
    },
  ],

  projects: [
    {
      key: "image-classification-ml-pipeline",
      title: "End-to-End ML Pipeline for Image Classification",
      difficulty: "INTERMEDIATE",
      description:
        "A complete ML pipeline that automates data ingestion, model training, evaluation, and deployment for an image classification task. Includes automated retraining triggered by performance degradation.",
      suggestedStack: ["Kubeflow", "TensorFlow", "Docker", "Kubernetes", "MLflow"],
      recruiterSignals: [
        "Demonstrates ability to build production-ready ML systems",
        "Shows understanding of automation and CI/CD for ML",
        "Highlights containerization and orchestration skills",
        "Proves capability to implement monitoring and retraining logic",
      ],
      subSkillKeys: ["ml-pipeline-automation", "infrastructure-as-code", "monitoring-observability"],
    },
    {
      key: "real-time-recommendation-infrastructure",
      title: "Real-time Recommendation System Infrastructure",
      difficulty: "ADVANCED",
      description:
        "Scalable infrastructure for serving personalized recommendations with low latency. Includes feature store, model serving with A/B testing, and comprehensive monitoring for performance and drift.",
      suggestedStack: ["Feast", "TensorFlow Serving", "Redis", "Prometheus", "Grafana"],
      recruiterSignals: [
        "Experience with high-performance, low-latency systems",
        "Understanding of feature stores and real-time serving",
        "Ability to implement A/B testing frameworks",
        "Skills in monitoring and observability for ML systems",
      ],
      subSkillKeys: ["data-pipeline-engineering", "model-serving-architecture", "monitoring-observability"],
    },
    {
      key: "multi-team-ml-platform",
      title: "ML Platform for Multiple Data Science Teams",
      difficulty: "ADVANCED",
      description:
        "A self-service ML platform that enables multiple data science teams to train, deploy, and monitor models with proper governance and resource isolation. Includes model registry and audit trails.",
      suggestedStack: ["Kubernetes", "MLflow", "Seldon Core", "Vault", "Airflow"],
      recruiterSignals: [
        "Experience designing multi-tenant systems",
        "Understanding of ML governance and security",
        "Ability to create self-service platforms",
        "Skills in resource management and isolation",
      ],
      subSkillKeys: ["infrastructure-as-code", "ml-governance-security", "ml-pipeline-automation"],
    },
  ],

  useCases: [
    {
      key: "real-time-recommendation-systems",
      title: "Real-time Recommendation Systems",
      difficulty: "ADVANCED",
      description:
        "Building infrastructure to serve personalized recommendations with low latency, handling thousands of requests per second while continuously updating models based on user interactions.",
    },
    {
      key: "batch-prediction-pipelines",
      title: "Batch Prediction Pipelines",
      difficulty: "INTERMEDIATE",
      description:
        "Creating scheduled pipelines that process large datasets overnight to generate predictions for business analytics, customer segmentation, or risk assessment.",
    },
    {
      key: "automated-model-retraining",
      title: "Automated Model Retraining",
      difficulty: "INTERMEDIATE",
      description:
        "Implementing systems that automatically retrain models when performance degrades or new data becomes available, ensuring models stay current without manual intervention.",
    },
  ],

  redFlags: [
    {
      key: "manual-model-deployment",
      text: "Deploying models manually without automation pipelines",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "no-performance-data-quality-monitoring",
      text: "No monitoring for model performance or data quality",
      subSkillKey: "monitoring-observability",
    },
    {
      key: "train-inference-processing-mismatch",
      text: "Using different data processing for training and inference",
      subSkillKey: "data-pipeline-engineering",
    },
    {
      key: "no-model-dataset-version-control",
      text: "No version control for models or datasets",
      subSkillKey: "ml-pipeline-automation",
    },
    {
      key: "ignoring-ml-artifact-security",
      text: "Ignoring security and access controls for ML artifacts",
      subSkillKey: "ml-governance-security",
    },
  ],

  faqs: [
    {
      key: "ml-infrastructure-vs-devops",
      question: "How is ML Infrastructure different from DevOps?",
      answer:
        "ML Infrastructure focuses specifically on the unique requirements of machine learning systems, including experiment tracking, model versioning, data pipeline management, and specialized monitoring for model performance and data drift. While it borrows DevOps principles, it addresses ML-specific challenges like reproducibility, data management, and model lifecycle management.",
    },
  ],

  resources: [...mlInfrastructureResources],
  resumePhraseSubSkills: [...mlInfrastructureResumePhraseSubSkills],
  rubrics: mlInfrastructureRubrics,

  sections: {
    WHY_IT_MATTERS: [
      "Enables organizations to move from experimental ML models to reliable production systems that deliver business value.",
      "Reduces technical debt and maintenance costs by establishing standardized, automated workflows for ML development and deployment.",
      "Ensures model performance and reliability through continuous monitoring, retraining, and version control.",
      "Accelerates ML development cycles by providing reusable components and automated pipelines.",
      "Supports compliance and governance requirements through audit trails, model versioning, and reproducibility.",
    ],
    OUTCOME: [
      "Ability to design and implement end-to-end ML pipelines that automate data processing, training, and deployment.",
      "Reduced time-to-production for ML models from weeks to days through infrastructure automation.",
      "Improved model reliability with monitoring systems that detect performance degradation and data drift.",
      "Scalable model serving that handles thousands of requests per second with low latency.",
      "Cost-optimized ML operations through efficient resource management and auto-scaling.",
    ],
    MISCONCEPTION: [
      "ML Infrastructure is just about deploying models; it actually encompasses the entire ML lifecycle from data to monitoring.",
      "You need massive cloud budgets to build ML Infrastructure; many effective solutions can be implemented cost-effectively with open-source tools.",
      "ML Infrastructure work is separate from data engineering; they are deeply interconnected with overlapping responsibilities.",
      "Once built, ML Infrastructure requires minimal maintenance; it needs continuous optimization and updates like any production system.",
    ],
    INDUSTRY: [
      "Technology and SaaS",
      "Finance and FinTech",
      "Healthcare and Biotech",
      "E-commerce and Retail",
      "Automotive and Manufacturing",
    ],
    PORTFOLIO_TIP: [
      "Document your process, not just the final result",
      "Include a clear README with setup instructions and screenshots",
      "Show problem-solving through code comments and commit messages",
      "Include tests to demonstrate code quality awareness",
    ],
    RESUME_PHRASE: [
      "Designed and implemented scalable ML infrastructure serving 100+ models with 99.9% availability",
      "Built automated ML pipelines reducing time-to-production from weeks to days",
      "Implemented comprehensive monitoring system detecting data drift and performance degradation",
      "Architected multi-tenant ML platform serving 10+ data science teams with proper resource isolation",
    ],
    ATS_TIP: [
      "Use keywords naturally in context, don't just list them",
      'Include both the full term and acronym (e.g., "Machine Learning (ML)")',
      "Quantify achievements whenever possible",
      "Match keywords to the job description you're applying for",
    ],
    LEARNING_TIP: [
      "Start with free resources to validate your interest before investing",
      "Combine tutorials with hands-on practice — don't just watch/read",
      "Build projects as you learn to reinforce concepts",
      "Join communities to ask questions and learn from others",
    ],
  },
} satisfies GuideInput;

export const mlInfrastructureGuide = parseGuide(definition);
