/**
 * The ML Infrastructure guide's rubrics: editorial, derived from each deliverable's description
 * (lib/guides/content/ml-infrastructure.ts), keyed by deliverable key, plus the criteria of
 * portfolio projects. Each criterion describes its work at the four levels of
 * lib/rubrics/scale.ts: Not yet, Developing, Proficient (what the deliverable asks), Exemplary.
 * The seed inserts the missing ones by key (lib/guides/seed.ts); admins own them afterwards.
 */

type Criterion = {
  key: string;
  title: string;
  notYet: string;
  developing: string;
  proficient: string;
  exemplary: string;
};

/** A criterion every deliverable shares: can a reviewer see it work without asking? */
const evidence = (what: string): Criterion => ({
  key: "evidence",
  title: "Evidence and documentation",
  notYet: `No way to see ${what} working: no README, commands, screenshots or logs.`,
  developing: `Some evidence of ${what}, but steps are missing or the reviewer has to guess.`,
  proficient: `A README or write-up shows ${what} working, with the commands or screenshots to check it.`,
  exemplary: `Anyone can reproduce ${what} from the write-up alone, and the choices made are explained.`,
});

export const mlInfrastructureRubrics: {
  deliverables: Record<string, Criterion[]>;
  project: Criterion[];
} = {
  deliverables: {
    "dockerized-ml-api": [
      {
        key: "container-build",
        title: "Container builds and runs the model",
        notYet: "There is no Dockerfile, or the image does not build.",
        developing: "The image builds but needs manual steps or fails to load the model.",
        proficient: "The Dockerfile builds an image that starts and loads the trained model.",
        exemplary: "A small, reproducible image (pinned versions, multi-stage or slim base) that starts fast.",
      },
      {
        key: "prediction-endpoint",
        title: "REST prediction endpoint",
        notYet: "No endpoint answers prediction requests.",
        developing: "An endpoint answers, but input is not validated or errors crash it.",
        proficient: "A REST endpoint returns predictions for valid input and a clear error for bad input.",
        exemplary: "The endpoint also has a health check and documented request and response schemas.",
      },
      evidence("the build, the run and a sample request with its response"),
    ],
    "mlflow-experiment-tracking": [
      {
        key: "logged-runs",
        title: "Runs logged with parameters, metrics and model",
        notYet: "Fewer than three runs, or runs without parameters or metrics.",
        developing: "Three runs, but some lack parameters, metrics or the model artifact.",
        proficient: "At least three runs, each with its parameters, metrics and model artifact.",
        exemplary: "Runs are tagged and grouped in experiments, with datasets or code versions recorded too.",
      },
      {
        key: "run-comparison",
        title: "Runs compared",
        notYet: "The runs are not compared.",
        developing: "The runs are listed side by side without a conclusion.",
        proficient: "The MLflow UI comparison shows which run is best and on what metric.",
        exemplary: "The comparison explains why a run won and what to try next.",
      },
    ],
    "deployed-model-basic-monitoring": [
      {
        key: "managed-endpoint",
        title: "Model on a managed endpoint",
        notYet: "The model is not deployed to a cloud endpoint.",
        developing: "An endpoint exists but does not answer requests reliably.",
        proficient: "A managed endpoint (e.g. SageMaker or Vertex AI) answers prediction requests.",
        exemplary: "The deployment is scripted or defined as code and can be recreated.",
      },
      {
        key: "basic-dashboard",
        title: "Request count, latency and error rate tracked",
        notYet: "No dashboard.",
        developing: "A dashboard shows some of request count, latency and error rate.",
        proficient: "A dashboard tracks request count, latency and error rate of the endpoint.",
        exemplary: "The dashboard also shows percentiles or thresholds that would call for action.",
      },
    ],
    "kubeflow-automated-pipeline": [
      {
        key: "pipeline-components",
        title: "Pipeline components",
        notYet: "The pipeline misses most of data preparation, training, evaluation and a deployment gate.",
        developing: "Some of the four stages are components; others are manual.",
        proficient: "Components cover data preparation, training, evaluation and a deployment gate.",
        exemplary: "Components are reusable, parameterised and pass artifacts between them explicitly.",
      },
      {
        key: "end-to-end-run",
        title: "Runs end to end without manual steps",
        notYet: "No successful run is shown.",
        developing: "A run succeeds only with manual steps in between.",
        proficient: "A screenshot or log shows a successful run from start to finish with no manual step.",
        exemplary: "Runs are triggered automatically (a schedule or a change) and a failing gate stops deployment.",
      },
    ],
    "feature-store-implementation": [
      {
        key: "feature-views",
        title: "Feature views defined and materialized",
        notYet: "No feature definitions.",
        developing: "Feature views are defined but not materialized to an online store.",
        proficient: "Feature views (e.g. in Feast) are defined and materialized to an online store.",
        exemplary: "Definitions are version-controlled, documented, and materialization is scheduled.",
      },
      {
        key: "training-serving-consistency",
        title: "Same definitions for training and inference",
        notYet: "Training and inference compute features separately.",
        developing: "The store builds the training set or serves inference, not both.",
        proficient: "The same definitions build the training set and fetch features at inference time.",
        exemplary: "Point-in-time correctness of the training set is shown and skew is checked.",
      },
    ],
    "model-registry-version-control": [
      {
        key: "versions-and-lineage",
        title: "Versions with lineage",
        notYet: "Only one version, or no registry.",
        developing: "Two versions are registered, without lineage to the runs that produced them.",
        proficient: "At least two versions of one model, each linked to the run that produced it.",
        exemplary: "Lineage reaches the data and code versions, and versions carry descriptions.",
      },
      {
        key: "promotion-and-rollback",
        title: "Promotion and rollback",
        notYet: "No promotion or rollback is documented.",
        developing: "A promotion to production is documented, but no rollback.",
        proficient: "A documented promotion from staging to production and a rollback to the previous version.",
        exemplary: "Promotion needs an approval or passing checks, and the rollback is scripted.",
      },
    ],
    "kubernetes-ml-serving": [
      {
        key: "manifests",
        title: "Manifests or chart",
        notYet: "No version-controlled manifests or Helm chart.",
        developing: "Manifests deploy the model server, but without resource limits or health probes.",
        proficient: "Manifests or a Helm chart with replicas, resource limits, health probes and a service in front.",
        exemplary: "Configuration is parameterised per environment and secrets are kept out of the manifests.",
      },
      {
        key: "running-and-scaling",
        title: "Running and scaling",
        notYet: "The deployment is not shown running.",
        developing: "The deployment runs, but scaling is not shown.",
        proficient: "Evidence shows the deployment running with several replicas and scaling.",
        exemplary: "Autoscaling on load is shown, with the observed effect on latency.",
      },
    ],
    "multi-tenant-platform-design": [
      {
        key: "isolation",
        title: "Team isolation",
        notYet: "The design does not say how teams are isolated.",
        developing: "Isolation is named (e.g. namespaces) without quotas or access control.",
        proficient: "The diagram and text show isolation by namespaces, quotas and access control.",
        exemplary: "Noisy neighbours, data separation and audit are addressed too.",
      },
      {
        key: "shared-services-and-trade-offs",
        title: "Shared services as code, trade-offs",
        notYet: "No shared services or trade-offs are described.",
        developing: "Shared services are listed, but not how they are provisioned, or no trade-offs.",
        proficient: "Shared services are provisioned as code and the trade-offs considered are stated.",
        exemplary: "Alternatives are compared with costs and risks, and the decision is justified.",
      },
    ],
    "comprehensive-monitoring-dashboard": [
      {
        key: "coverage",
        title: "Infrastructure, model and data drift covered",
        notYet: "The dashboard covers one of infrastructure, model performance and data drift, or none.",
        developing: "Two of the three are covered, or only with default metrics.",
        proficient: "Infrastructure health, model performance and input drift, with custom metrics.",
        exemplary: "Panels link causes to effects (drift next to performance) and are kept as code.",
      },
      {
        key: "alerting",
        title: "Alert rule",
        notYet: "No alert rule.",
        developing: "An alert rule is configured but never shown firing or tested.",
        proficient: "At least one alert rule is configured and shown firing or tested.",
        exemplary: "Alerts have thresholds justified by the data and a runbook for the response.",
      },
    ],
    "cost-optimization-report": [
      {
        key: "current-spend",
        title: "Current spend and utilization measured",
        notYet: "No measurement of current spend or utilization.",
        developing: "Spend or utilization is estimated, not measured.",
        proficient: "Current spend and utilization are measured and broken down.",
        exemplary: "The breakdown finds where waste comes from (idle, over-provisioned, data transfer).",
      },
      {
        key: "savings",
        title: "Concrete changes with quantified savings",
        notYet: "No concrete change is proposed.",
        developing: "Changes are proposed without quantified savings.",
        proficient: "Concrete changes (auto-scaling, right-sizing, spot instances) with expected savings.",
        exemplary: "Savings are weighed against risk and effort, and prioritised.",
      },
    ],
    "ml-governance-policy-framework": [
      {
        key: "approval-and-audit",
        title: "Approval, deployment and audit trail",
        notYet: "The policy does not say who may approve or deploy models.",
        developing: "Roles are named, but the audit trail for model changes is missing.",
        proficient: "Who may approve and deploy models, and the audit trail required for model changes.",
        exemplary: "The policy maps to tooling that enforces it (registry permissions, signed releases).",
      },
      {
        key: "access-and-privacy",
        title: "Artifact access and data privacy",
        notYet: "Neither artifact access nor data-privacy obligations are covered.",
        developing: "One of artifact access control and data privacy is covered.",
        proficient: "Access controls for artifacts and how data-privacy obligations (e.g. GDPR/CCPA) are met.",
        exemplary: "Data retention, deletion requests and reviews of access are covered too.",
      },
    ],
  },
  project: [
    {
      key: "problem-and-scope",
      title: "Problem and scope",
      notYet: "The project does not say what problem it solves.",
      developing: "The problem is named, but the scope or success criteria are unclear.",
      proficient: "A clear problem, scope and way to tell it works.",
      exemplary: "The problem is motivated by a real use case, with measurable success criteria.",
    },
    {
      key: "working-system",
      title: "Working system",
      notYet: "Nothing runs yet.",
      developing: "Parts run, but the whole does not work end to end.",
      proficient: "The system works end to end and can be run from its repository.",
      exemplary: "It is automated, monitored and handles failure, as production infrastructure would.",
    },
    evidence("the project"),
  ],
};
