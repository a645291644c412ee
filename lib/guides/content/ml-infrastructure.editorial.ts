import type { GuideInput } from "@/lib/guides/guide-schema";

/**
 * The ML infrastructure guide's question bank beyond the guide's own quiz: editorial questions
 * (origin "added"), each with 4 options, the correct one, an explanation and a sub-skill. Each
 * attempt draws a subset per sub-skill by weight (lib/quiz/draw.ts), so the bank is sized in
 * proportion to the weights (25/20/20/15/10/10): with the guide file's 18 questions it holds
 * 15/13/12/9/6/6 = 61, at least twice each sub-skill's share of a 12-question attempt, so two
 * attempts in a row share no question. Seeded by key like the rest of the guide (never updated
 * once seeded: admins own the bank).
 */
export const mlInfrastructureQuestionBank = [
  // ─── Data Pipeline Engineering (11) ────────────────────────────────────────
  {
    key: "bank-streaming-window-feature",
    prompt:
      "A fraud model needs the feature “number of card transactions in the last 5 minutes” at prediction time. Which way of computing it fits?",
    options: [
      "A nightly batch job that writes the count to the offline store",
      "Reading the count from the training snapshot loaded when the model starts",
      "A streaming job that updates a windowed count in the online store as events arrive",
      "Asking the client application to send its own count with every request",
    ],
    correctOption: 2,
    explanation:
      "A feature that must be minutes fresh comes from a stream processor (Flink, Spark Structured Streaming, Kafka Streams) maintaining a sliding-window aggregate in the online store. A nightly batch is up to a day stale, a training snapshot never changes, and a client-supplied count cannot be trusted and is computed differently from training.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-point-in-time-join",
    prompt: "When a training set is built from a feature store, why must features be joined “point-in-time correct”?",
    options: [
      "So every row uses the newest value of each feature, which is what the model will see",
      "So each training example only sees feature values known at its event timestamp, which prevents leakage from the future",
      "Because the join is faster when it is restricted to one timestamp",
      "Because online stores cannot hold more than one value per entity",
    ],
    correctOption: 1,
    explanation:
      "A point-in-time (as-of) join takes, for each labelled event, the feature values as they were at that event's timestamp. Joining the latest values instead leaks information from after the event into training, which inflates offline metrics and fails in production. Speed and the online store's layout are not the reason.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-dvc-git-metafile",
    prompt: "You version a 10 GB dataset with DVC. What ends up committed to Git?",
    options: [
      "The dataset itself, compressed with Git LFS",
      "A diff of the dataset against its previous version",
      "Nothing: DVC keeps a separate history outside the repository",
      "A small .dvc metafile holding the data's content hash, while the data goes to remote storage such as S3",
    ],
    correctOption: 3,
    explanation:
      "DVC commits a small metafile (.dvc or dvc.lock) with the content hash and pushes the data to a remote (S3, GCS, Azure, SSH). Checking out a commit and running dvc pull restores exactly that version, so code and data are versioned together without putting gigabytes in Git.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-validation-failure-action",
    prompt:
      "A Great Expectations checkpoint fails on today's batch: a column's null rate jumped from 1 % to 40 %. What should a well-designed pipeline do?",
    options: [
      "Stop the downstream training or publishing step, alert the data's owner and keep the failed batch for inspection",
      "Drop the rows with nulls and continue, since the remaining rows are valid",
      "Retrain the model at once so it adapts to the new null rate",
      "Log a warning and continue: validation results are advisory",
    ],
    correctOption: 0,
    explanation:
      "Validation is only useful as a gate: a severe expectation failure should stop the data from reaching training or serving, notify whoever owns the source, and keep the batch (quarantine) for root-cause analysis. Silently dropping 40 % of rows biases the data, and retraining on a broken batch bakes the bug into the model.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-idempotent-backfill",
    prompt:
      "Why should a daily feature job be idempotent, for example by overwriting the output partition of its run date?",
    options: [
      "It makes the job run in parallel across dates automatically",
      "It removes the need for a scheduler such as Airflow",
      "Retries and backfills can re-run a date without duplicating or corrupting data",
      "It guarantees that the produced features have no drift",
    ],
    correctOption: 2,
    explanation:
      "Jobs fail and get retried, and logic changes require backfills. If running a date twice gives the same result as running it once (overwrite the date's partition, or upsert by key), reruns are safe. Appending instead duplicates rows. Idempotency says nothing about parallelism, scheduling or drift.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-columnar-training-data",
    prompt: "Why are columnar formats such as Parquet preferred for offline training data?",
    options: [
      "They store each row as a JSON document, which any tool can read",
      "Queries read only the columns they need and similar values compress well, which cuts I/O on wide feature tables",
      "They are the only format feature stores can read",
      "They provide ACID transactions on object storage on their own",
    ],
    correctOption: 1,
    explanation:
      "Parquet stores data column by column with per-column encoding and compression and min/max statistics, so a job reading 20 of 500 columns reads a fraction of the bytes and can skip row groups. Transactions on object storage come from table formats built on top (Delta Lake, Iceberg, Hudi), and feature stores read many formats.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-schema-contract",
    prompt:
      "An upstream team renames a column your feature pipeline uses. Which practice catches this before it breaks training?",
    options: [
      "Filling missing columns with zeros so the pipeline keeps running",
      "Retraining weekly so the model adapts to the new column",
      "Reading columns by position instead of by name",
      "A schema check against an agreed data contract at ingestion, failing fast on missing or renamed columns",
    ],
    correctOption: 3,
    explanation:
      "A data contract (expected columns, types, ranges) checked where data enters the pipeline turns a silent upstream change into an immediate, attributable failure. Zero-filling hides the problem and corrupts the feature, retraining does not detect anything, and positional reads break silently when columns move.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-online-offline-store",
    prompt: "In a feature store such as Feast, what distinguishes the online store from the offline store?",
    options: [
      "The online store serves each entity's latest feature values at low latency for inference; the offline store keeps history for building training sets",
      "The online store keeps the full history for training; the offline store only the latest values",
      "They are two identical copies of the same data, kept for backup",
      "The online store takes streaming sources only, the offline store batch sources only",
    ],
    correctOption: 0,
    explanation:
      "The offline store (a warehouse or files) keeps timestamped history for point-in-time training sets; materialization loads the latest values into the online store (Redis, DynamoDB …) for millisecond lookups at serving time. Both are fed from the same feature definitions, which is what keeps training and serving consistent. Either can be fed by batch or stream.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-kafka-key-ordering",
    prompt:
      "A streaming feature job reads user events from Kafka, and each user's events must be processed in order. What guarantees that?",
    options: [
      "Reading the topic with several consumer groups",
      "Setting a short retention period on the topic",
      "Producing events keyed by user id, so one user's events land in one partition, where order is kept",
      "Enabling compression on the topic",
    ],
    correctOption: 2,
    explanation:
      "Kafka guarantees order within a partition only. Keying messages by user id sends all of a user's events to the same partition (the default partitioner hashes the key), and one consumer in the group reads that partition in order. Consumer groups, retention and compression do not affect ordering.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-at-least-once-dedup",
    prompt:
      "After a failure your streaming job may process the same event twice (at-least-once delivery). How do you keep aggregate features correct?",
    options: [
      "Disable checkpointing so events are never replayed",
      "Deduplicate on a unique event id, or write with upserts by key, so a replayed event changes nothing",
      "Raise the job's parallelism so duplicates are spread out",
      "Round the aggregates so small double counts disappear",
    ],
    correctOption: 1,
    explanation:
      "With at-least-once delivery the sink must tolerate replays: dedupe on an event id (within a window or via state) or make writes idempotent upserts, or use an engine's exactly-once mode end to end. Disabling checkpoints loses data instead, and parallelism or rounding do not remove double counting.",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },
  {
    key: "bank-target-leakage",
    prompt:
      "A churn model scores 0.99 AUC offline but poorly in production. Its training table included “account_closed_date”. What is the likely cause?",
    options: [
      "The model underfits and needs more capacity",
      "The production servers are slower than the training machines",
      "The test split was too large",
      "Target leakage: a feature only known after the outcome was available in training",
    ],
    correctOption: 3,
    explanation:
      "An account's closing date exists only once the customer has churned, so in training it nearly encodes the label; at prediction time it is empty. Near-perfect offline scores that collapse in production are the classic sign of leakage. The fix is to build features only from data available at prediction time (point-in-time joins).",
    subSkillKey: "data-pipeline-engineering",
    origin: "added",
  },

  // ─── Model Serving Architecture (10) ───────────────────────────────────────
  {
    key: "bank-grpc-internal-serving",
    prompt: "Why might an internal, high-throughput model service choose gRPC over REST with JSON?",
    options: [
      "gRPC works in every browser without a proxy",
      "gRPC needs no schema, so clients can send any payload",
      "Binary Protobuf messages over HTTP/2 cut serialization cost and latency, and the .proto file is a typed contract",
      "REST cannot carry numeric tensors",
    ],
    correctOption: 2,
    explanation:
      "gRPC uses compact binary Protobuf and multiplexed HTTP/2 connections, which lowers overhead for large tensors and many small calls, and generates typed clients from the schema. Browsers need gRPC-Web and a proxy, Protobuf is schema-first, and REST can carry numbers, just less efficiently as JSON text.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-dynamic-batching",
    prompt: "What does dynamic batching in a server such as Triton Inference Server or TorchServe trade?",
    options: [
      "It waits a few milliseconds to group requests, adding a little latency per request for much higher GPU throughput",
      "It lowers the numeric precision of the weights to speed up inference",
      "It caches predictions for repeated inputs, trading memory for latency",
      "It splits one model across several GPUs, trading network cost for memory",
    ],
    correctOption: 0,
    explanation:
      "GPUs are far more efficient on batches than on single inputs. Dynamic batching queues incoming requests up to a maximum delay or batch size and runs them together, raising throughput at the cost of a bounded queueing delay. Lower precision is quantization, caching is a separate technique, and splitting a model is model parallelism.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-canary-release",
    prompt:
      "You route 5 % of traffic to model v2, compare its error rate and business metrics with v1, then widen step by step. What is this strategy called?",
    options: ["Shadow deployment", "Blue-green deployment", "Batch scoring", "Canary release"],
    correctOption: 3,
    explanation:
      "A canary exposes a small share of real users to the new version and widens the share only while its metrics hold, limiting the blast radius of a bad model. A shadow deployment returns no predictions to users, blue-green switches all traffic between two environments at once, and batch scoring is offline.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-shadow-deployment",
    prompt: "What is the defining property of a shadow (mirrored) deployment of a new model?",
    options: [
      "It serves a random half of the users until a winner is chosen",
      "It receives a copy of live requests, but its predictions are only logged, never returned to users",
      "It replaces the old model at once, with a rollback plan",
      "It runs only outside business hours",
    ],
    correctOption: 1,
    explanation:
      "In shadow mode the new model sees real production inputs and its outputs are recorded for comparison, while users still get the current model's answers. It validates latency, errors and prediction differences without user risk, but it cannot measure the business effect of the new predictions, which needs a canary or an A/B test.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-batch-vs-online",
    prompt: "A bank recomputes the credit limits of all 2 million customers once a night. Which serving pattern fits?",
    options: [
      "Batch inference: a scheduled job scores the whole table and writes the results for downstream systems",
      "A low-latency REST endpoint called 2 million times by a script",
      "Deployment to the customers' phones",
      "A streaming job with sub-second latency targets",
    ],
    correctOption: 0,
    explanation:
      "When predictions are needed for a known population on a schedule, batch inference (Spark, a pipeline step, a cloud batch-transform job) is cheaper and simpler than keeping an online endpoint hot, and it parallelizes over the whole table. Online and streaming serving are for requests that arrive unpredictably and need an answer now.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-gpu-autoscaling-signal",
    prompt: "Why is CPU utilization often a poor autoscaling signal for a GPU-backed model server?",
    options: [
      "Kubernetes cannot read CPU metrics of GPU nodes",
      "GPUs scale themselves without an autoscaler",
      "Autoscaling is not possible for pods that use GPUs",
      "The bottleneck is the GPU or the request queue, so queue depth, in-flight requests or GPU utilization track load better",
    ],
    correctOption: 3,
    explanation:
      "On a GPU server the CPU may sit mostly idle while requests queue up for the GPU. Scaling on a metric that reflects the real bottleneck (queue length, concurrency, GPU utilization, or latency) through custom metrics (for example with KEDA or the HPA's external metrics) adds replicas when users actually wait.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-p99-latency-slo",
    prompt: "A model service's objective is “p99 latency under 200 ms”. What does it mean?",
    options: [
      "The average request takes under 200 ms",
      "The service is available 99 % of the time",
      "99 % of requests complete within 200 ms; the slowest 1 % may take longer",
      "99 requests per second are served in under 200 ms",
    ],
    correctOption: 2,
    explanation:
      "p99 is the 99th percentile of the latency distribution. Percentiles capture the tail that averages hide: a service can average 50 ms while 1 in 100 users waits seconds. Availability and throughput are separate objectives.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-cold-start-warmup",
    prompt:
      "Right after a new model-server replica starts, its first requests are very slow. Which fix addresses this?",
    options: [
      "Load the model and send warm-up requests before the readiness probe reports the pod ready",
      "Raise the liveness probe's timeout",
      "Run fewer replicas",
      "Turn off request logging",
    ],
    correctOption: 0,
    explanation:
      "First requests pay for loading weights, allocating GPU memory, JIT compilation and cache filling. Doing that (and a few warm-up inferences) before the readiness probe passes keeps traffic away until the replica is fast. A longer liveness timeout only stops restarts, and fewer replicas make things worse.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-onnx-export",
    prompt: "What does exporting a model to ONNX mainly give a serving team?",
    options: [
      "Automatic retraining when data changes",
      "A framework-neutral model graph that optimized runtimes such as ONNX Runtime or TensorRT can execute",
      "Versioning of the training data",
      "Encryption of the model weights",
    ],
    correctOption: 1,
    explanation:
      "ONNX is an open format for model graphs. Exporting from PyTorch or TensorFlow decouples serving from the training framework and lets runtimes apply graph optimizations, operator fusion and hardware-specific kernels. It has nothing to do with retraining, data versioning or encryption.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },
  {
    key: "bank-edge-deployment-tradeoff",
    prompt: "Why would you run a quantized model on an edge device instead of calling a cloud endpoint?",
    options: [
      "To use the cloud's GPUs more efficiently",
      "Because edge devices have more memory than servers",
      "To make retraining automatic",
      "To avoid network round trips and keep working offline, at the cost of a smaller model and harder updates",
    ],
    correctOption: 3,
    explanation:
      "On-device inference removes network latency, works without connectivity and keeps data on the device, but the model must fit tight memory and power budgets (hence quantization or distillation) and rolling out new versions to a fleet of devices is harder than redeploying a server.",
    subSkillKey: "model-serving-architecture",
    origin: "added",
  },

  // ─── ML Pipeline Automation (9) ────────────────────────────────────────────
  {
    key: "bank-mlflow-run",
    prompt: "In MLflow Tracking, what does a run record?",
    options: [
      "Only the final model file",
      "The parameters, metrics, artifacts and source version of one training execution",
      "The Kubernetes pod logs of the training job",
      "The feature store's schema",
    ],
    correctOption: 1,
    explanation:
      "A run is one execution of training code: MLflow logs its parameters, metrics (over steps), tags, the code version and artifacts such as the model and plots, so runs can be compared and reproduced. Models may then be registered from a run's artifacts in the model registry.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-airflow-dag",
    prompt: "In Apache Airflow, what does a DAG describe?",
    options: [
      "The layers of a neural network",
      "A data schema shared by tasks",
      "Tasks and their dependencies, with a schedule, which the scheduler runs in dependency order",
      "The Docker image the workers use",
    ],
    correctOption: 2,
    explanation:
      "A DAG (directed acyclic graph) declares tasks and the edges between them; the scheduler creates a run per schedule interval and executes each task once its upstream tasks succeed, with retries and backfills. The images and schemas used are the tasks' concern, not the DAG's.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-promotion-gate",
    prompt: "In a continuous-training pipeline, when should a newly trained model be promoted?",
    options: [
      "Whenever training finishes without errors",
      "When its file is smaller than the previous model's",
      "When training took less time than the last run",
      "When it passes evaluation gates: at least as good as production on a fixed holdout set, plus robustness and fairness checks",
    ],
    correctOption: 3,
    explanation:
      "Automated retraining needs automated judgement: the candidate is evaluated on the same holdout data as the production model and must meet or beat it (and pass slice, bias and sanity checks) before the registry promotes it. Finishing without errors only proves the code ran.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-kubeflow-component",
    prompt: "In Kubeflow Pipelines, what is a component?",
    options: [
      "A containerized step with declared inputs and outputs, which pipelines wire together",
      "A node of the Kubernetes cluster",
      "A Jupyter notebook server",
      "A Grafana dashboard panel",
    ],
    correctOption: 0,
    explanation:
      "A component is a self-contained step (a container image plus an interface of typed inputs and outputs). A pipeline connects components by passing outputs to inputs, and Kubeflow runs each as a pod, records the artifacts and metadata, and can cache results.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-reproducible-run",
    prompt: "Which combination makes a training run reproducible months later?",
    options: [
      "Saving the model weights only",
      "Installing the latest version of every library when re-running",
      "The pinned code commit, a versioned data snapshot, a fixed environment (container image) and logged hyperparameters and seeds",
      "Running it again on the same laptop",
    ],
    correctOption: 2,
    explanation:
      "A result depends on code, data, environment and configuration. Pinning each (Git commit, DVC or table-format snapshot, an image digest, logged parameters and random seeds) lets anyone rebuild the same model. Weights alone cannot be retrained or audited, and upgrading libraries changes behaviour.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-ci-smoke-training",
    prompt: "Which check belongs in CI for an ML training pipeline, before any full training run?",
    options: [
      "A full hyperparameter search",
      "A month-long A/B test",
      "A load test of the production endpoint",
      "Unit tests of the feature transforms plus a smoke run that trains on a tiny sample",
    ],
    correctOption: 3,
    explanation:
      "CI must be fast: unit tests of transformation code and a few-minute training run on a small sample catch broken code, shape mismatches and dependency problems on every change. Searches, A/B tests and load tests are slower stages that belong later in the pipeline or in production.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-registry-rollback",
    prompt: "Production model v7 degrades. With a model registry, what is the quickest safe rollback?",
    options: [
      "Retrain v6 from scratch",
      "Move the production alias or stage back to v6, which the serving layer then loads",
      "Delete v7's experiment runs",
      "Edit v7's weights by hand",
    ],
    correctOption: 1,
    explanation:
      "Registries keep every version immutable and point to the one in production with a stage or alias. Rolling back is re-pointing to the last good version, which the serving layer loads, in minutes and with an audit trail. Retraining is slow and may not reproduce v6 exactly.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-step-caching",
    prompt: "Why do orchestrators such as Kubeflow Pipelines cache a step's outputs, keyed by its inputs and code?",
    options: [
      "To encrypt the outputs at rest",
      "To make every run non-deterministic",
      "To skip re-running steps whose inputs and code have not changed, saving time and compute",
      "To avoid writing any metadata",
    ],
    correctOption: 2,
    explanation:
      "If a step's container, parameters and input artifacts are identical to an earlier execution, its outputs are reused instead of recomputed, so changing a late step does not redo hours of preprocessing. Caching relies on recorded metadata and assumes steps are deterministic.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },
  {
    key: "bank-champion-challenger",
    prompt: "What is a champion/challenger setup in automated retraining?",
    options: [
      "A newly trained model (challenger) is evaluated against the production model (champion) and replaces it only if it wins on agreed metrics",
      "Two teams compete to build the best model",
      "The same model is trained twice with different seeds",
      "The oldest model always wins ties and is kept",
    ],
    correctOption: 0,
    explanation:
      "Champion/challenger keeps the current production model as the baseline that every retrained candidate must beat, offline on the same evaluation data and often online in a canary or shadow, before it is promoted. It prevents automatic retraining from silently replacing a good model with a worse one.",
    subSkillKey: "ml-pipeline-automation",
    origin: "added",
  },

  // ─── Monitoring & Observability (6) ────────────────────────────────────────
  {
    key: "bank-concept-drift",
    prompt:
      "Input feature distributions are stable, but the model's accuracy on labelled feedback keeps falling. Which kind of drift is most likely?",
    options: [
      "Data (covariate) drift",
      "Schema drift",
      "Clock drift between servers",
      "Concept drift: the relation between the features and the target has changed",
    ],
    correctOption: 3,
    explanation:
      "When P(X) is unchanged but performance drops, P(y|X) has moved: the same inputs now mean something else (new fraud patterns, changed customer behaviour). Input drift detectors cannot see this; it shows in labelled performance metrics, and it usually calls for retraining on recent data.",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },
  {
    key: "bank-psi",
    prompt: "What does the Population Stability Index (PSI) measure?",
    options: [
      "The model's accuracy on recent data",
      "How far a variable's binned distribution has shifted between a reference sample and a current one",
      "The share of time the serving endpoint is up",
      "How important each feature is to the model",
    ],
    correctOption: 1,
    explanation:
      "PSI bins a variable on the reference (training) data and sums (current% − reference%) × ln(current% / reference%) over the bins. Common rules of thumb read below 0.1 as stable and above 0.25 as a significant shift. It needs no labels, which makes it a standard input-drift check.",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },
  {
    key: "bank-delayed-labels",
    prompt:
      "Labels for a loan-default model arrive 90 days after each prediction. What can you monitor in the meantime?",
    options: [
      "Nothing useful until the labels arrive",
      "Only the training loss of the last run",
      "Proxy signals: input drift, shifts in the prediction distribution and data-quality checks",
      "Only CPU and memory of the serving pods",
    ],
    correctOption: 2,
    explanation:
      "Without ground truth you watch what you can observe now: input feature drift, the distribution of scores and decisions (for example a sudden rise in approvals), missing or out-of-range values, and upstream pipeline health. These give early warning; accuracy is confirmed once the labels land.",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },
  {
    key: "bank-latency-histogram",
    prompt: "Why record inference latency in Prometheus as a histogram rather than as an average in a gauge?",
    options: [
      "Histograms let you compute percentiles such as p95 or p99 across replicas with histogram_quantile; averages hide the tail",
      "Gauges cannot store decimal numbers",
      "Histograms use less storage than any other metric type",
      "Prometheus cannot compute averages",
    ],
    correctOption: 0,
    explanation:
      "A histogram counts observations in buckets; bucket counters can be summed across replicas and turned into percentiles with histogram_quantile over a rate. An average per replica cannot be combined into a percentile and hides the slow tail users actually feel.",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },
  {
    key: "bank-alert-fatigue",
    prompt: "Your drift alerts fire dozens of times a day and people have started ignoring them. What is the best fix?",
    options: [
      "Delete the drift alerts altogether",
      "Send the alerts to more people",
      "Alert only on sustained, impactful conditions, each with an owner and a runbook, and move minor signals to dashboards",
      "Lower the thresholds so problems are caught earlier",
    ],
    correctOption: 2,
    explanation:
      "Alerts that do not require action train people to ignore all alerts. Thresholds evaluated over a window (the alert's for-duration), tied to user or business impact and routed to an owner with a runbook keep pages meaningful; low-severity drift belongs on a dashboard or in a daily report.",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },
  {
    key: "bank-label-cardinality",
    prompt: "Why should you avoid using user_id as a label on a Prometheus prediction counter?",
    options: [
      "Prometheus does not accept string labels",
      "It would make the counter decrease",
      "Labels are not visible in Grafana",
      "Every distinct label value creates a separate time series, so high cardinality explodes memory and query cost",
    ],
    correctOption: 3,
    explanation:
      "Each unique combination of label values is its own time series in Prometheus. Millions of users mean millions of series, which exhausts memory and slows queries. Per-user data belongs in logs or an analytics store; metric labels should have small, bounded sets of values (model version, endpoint, status).",
    subSkillKey: "monitoring-observability",
    origin: "added",
  },

  // ─── Infrastructure as Code (4) ────────────────────────────────────────────
  {
    key: "bank-terraform-state",
    prompt: "What is Terraform's state for, and why does a team keep it in a locked remote backend?",
    options: [
      "It maps the resources in the code to real cloud resources; a shared, locked backend stops two people applying conflicting changes",
      "It stores the modules' source code so they can be shared",
      "It caches the provider binaries to speed up init",
      "It holds the cloud credentials Terraform uses",
    ],
    correctOption: 0,
    explanation:
      "State records which real resource each address in the configuration corresponds to, so plans can compute differences. Kept remotely (S3 with a lock, Terraform Cloud, GCS …) with locking, everyone plans against the same truth and concurrent applies cannot corrupt it. State can contain secrets, so it must be protected, but credentials are not its purpose.",
    subSkillKey: "infrastructure-as-code",
    origin: "added",
  },
  {
    key: "bank-terraform-plan",
    prompt: "What does `terraform plan` do?",
    options: [
      "Applies the configuration immediately",
      "Shows the changes Terraform would make to reach the configuration, without making them",
      "Deletes resources that drifted from the configuration",
      "Formats the configuration files",
    ],
    correctOption: 1,
    explanation:
      "plan refreshes state, compares it with the configuration and prints the create, update and destroy actions it would take. Teams review the plan (often in a pull request) and apply exactly that saved plan. Formatting is terraform fmt, and nothing changes until apply.",
    subSkillKey: "infrastructure-as-code",
    origin: "added",
  },
  {
    key: "bank-k8s-gpu-scheduling",
    prompt: "How does a pod get scheduled onto a GPU node in Kubernetes?",
    options: [
      "By setting its CPU request above 8 cores",
      "By naming the pod with a -gpu suffix",
      "By requesting the extended resource nvidia.com/gpu in its limits (with the device plugin installed), plus node selectors or tolerations if GPU nodes are tainted",
      "GPUs are shared by all pods automatically",
    ],
    correctOption: 2,
    explanation:
      "The NVIDIA device plugin advertises GPUs as an extended resource; a container requesting nvidia.com/gpu is only scheduled where one is free and gets exclusive access to it. GPU node pools are commonly tainted so that only pods tolerating the taint (and selecting those nodes) land there.",
    subSkillKey: "infrastructure-as-code",
    origin: "added",
  },
  {
    key: "bank-helm-values",
    prompt:
      "Two ML services differ only in image, replica count and resource limits. How does Helm keep their deployment reusable?",
    options: [
      "A copy of the YAML manifests per service",
      "A separate cluster per service",
      "Values hard-coded in each Dockerfile",
      "One chart with templated manifests and a values file per service or environment",
    ],
    correctOption: 3,
    explanation:
      "A Helm chart templates the manifests once; each release supplies its own values (image, replicas, resources, environment), so a fix to the chart reaches every service and each deployment is versioned and can be rolled back with helm rollback. Copying YAML drifts apart over time.",
    subSkillKey: "infrastructure-as-code",
    origin: "added",
  },

  // ─── ML Governance & Security (3) ──────────────────────────────────────────
  {
    key: "bank-model-card",
    prompt: "What is a model card?",
    options: [
      "The hardware specification of the GPU a model was trained on",
      "Documentation of a model's intended use, training data, evaluation results across groups and known limitations",
      "The access token used to pull a model from the registry",
      "A Kubernetes ConfigMap that holds model settings",
    ],
    correctOption: 1,
    explanation:
      "Model cards (Mitchell et al., 2019) are short documents stored with a model: what it is for and not for, the data it was trained and evaluated on, performance broken down by relevant groups, ethical considerations and caveats. Governance reviews and audits rely on them.",
    subSkillKey: "ml-governance-security",
    origin: "added",
  },
  {
    key: "bank-least-privilege-serving",
    prompt: "Which access pattern follows least privilege for a model-serving service?",
    options: [
      "Read-only access to the production model artifacts it serves, through its own service identity",
      "Administrator rights on the cloud account, to avoid permission errors",
      "A shared human account's credentials stored in the image",
      "Write access to the training-data bucket, in case it needs to log inputs",
    ],
    correctOption: 0,
    explanation:
      "A serving workload needs to read its model and nothing more, under a dedicated identity (a Kubernetes service account bound to a cloud role) so its access can be audited and revoked. Broad or shared credentials turn one compromised pod into a compromised platform.",
    subSkillKey: "ml-governance-security",
    origin: "added",
  },
  {
    key: "bank-gdpr-erasure-lineage",
    prompt: "Under the GDPR a user asks for their personal data to be erased. What must an ML platform be able to do?",
    options: [
      "Nothing: data already used for training is exempt everywhere",
      "Delete the whole dataset the user appears in",
      "Find through lineage where the user's data lives (raw data, features, training sets), delete it, and know which models used it so they can be reviewed or retrained",
      "Encrypt the user's records so they no longer count as personal data",
    ],
    correctOption: 2,
    explanation:
      "The right to erasure applies to every copy of personal data. Lineage from sources to features, training sets and model versions is what makes it possible to find and delete them and to decide, under the organisation's policy, whether affected models must be retrained. Encryption is still processing of personal data, and deleting whole datasets is neither required nor practical.",
    subSkillKey: "ml-governance-security",
    origin: "added",
  },
] satisfies GuideInput["quiz"];
