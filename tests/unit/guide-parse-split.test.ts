import { describe, expect, it } from "vitest";
import { headingText, stripListNumbers, toLines } from "@/lib/guides/format/text/lines";
import { splitRun } from "@/lib/guides/format/text/split-run";

describe("splitRun: items a browser copy ran together", () => {
  it("starts an item where a lower-case letter meets an upper-case one", () => {
    expect(splitRun("Docker for ML applicationsBasic model serving with REST APIsIntroduction to MLflow")).toEqual([
      "Docker for ML applications",
      "Basic model serving with REST APIs",
      "Introduction to MLflow",
    ]);
    expect(splitRun("BeginnerIntermediateAdvancedExpert")).toEqual(["Beginner", "Intermediate", "Advanced", "Expert"]);
  });

  it("keeps known camel-case product names whole", () => {
    expect(splitRun("KubeflowTensorFlowDockerKubernetesMLflow")).toEqual([
      "Kubeflow",
      "TensorFlow",
      "Docker",
      "Kubernetes",
      "MLflow",
    ]);
    expect(splitRun("PyTorchFastAPIPostgreSQLDynamoDBBigQuery")).toEqual([
      "PyTorch",
      "FastAPI",
      "PostgreSQL",
      "DynamoDB",
      "BigQuery",
    ]);
    expect(splitRun("GitHub ActionsJavaScriptTypeScript")).toEqual(["GitHub Actions", "JavaScript", "TypeScript"]);
    expect(splitRun("FeastTensorFlow ServingRedis")).toEqual(["Feast", "TensorFlow Serving", "Redis"]);
  });

  it("splits the industries run, cutting after a known word that ends in a capital", () => {
    expect(
      splitRun(
        "Technology and SaaSFinance and FinTechHealthcare and BiotechE-commerce and RetailAutomotive and Manufacturing",
      ),
    ).toEqual([
      "Technology and SaaS",
      "Finance and FinTech",
      "Healthcare and Biotech",
      "E-commerce and Retail",
      "Automotive and Manufacturing",
    ]);
  });

  it("prefers a split that yields a known word where the case rule sees none", () => {
    expect(splitRun("Cloud services on Azure MLDocker")).toEqual(["Cloud services on Azure ML", "Docker"]);
    // …but a known word that merely continues as an ordinary word protects nothing.
    expect(splitRun("Dockerized appsKubernetes")).toEqual(["Dockerized apps", "Kubernetes"]);
  });

  it("never splits inside parentheses, and starts an item after a closing one", () => {
    expect(splitRun("Cloud ML services (AWS SageMaker, Google Vertex AI, Azure ML)Docker for ML applications")).toEqual(
      ["Cloud ML services (AWS SageMaker, Google Vertex AI, Azure ML)", "Docker for ML applications"],
    );
    expect(splitRun("Data stores (relational dbsDocument stores)Caching")).toEqual([
      "Data stores (relational dbsDocument stores)",
      "Caching",
    ]);
  });

  it("keeps names opening with one lower-case letter, and Mc names", () => {
    expect(splitRun("iOS developmentSwiftUI basics")).toEqual(["iOS development", "SwiftUI basics"]);
    expect(splitRun("eBay listingsMcKinsey reports")).toEqual(["eBay listings", "McKinsey reports"]);
  });

  it("leaves a single item alone and takes a word list of its own", () => {
    expect(splitRun("Seldon Core")).toEqual(["Seldon Core"]);
    expect(splitRun("Vault")).toEqual(["Vault"]);
    expect(splitRun("AcmeCloudWidgets", ["AcmeCloud"])).toEqual(["AcmeCloud", "Widgets"]);
    expect(splitRun("AcmeCloudWidgets", [])).toEqual(["Acme", "Cloud", "Widgets"]);
  });
});

describe("reading lines of a copied page", () => {
  it("normalises line endings, spaces and blank lines", () => {
    expect(toLines("\uFEFFa\r\n\r\n\r\nb\u00A0 c  \rd\n")).toEqual([
      { text: "a", line: 1 },
      { text: "b c", line: 4 },
      { text: "d", line: 5 },
    ]);
  });

  it("drops list numbers only when every item carries its position", () => {
    expect(stripListNumbers(["1Ability to design", "2Reduced time", "3. Improved", "4) Scalable"])).toEqual([
      "Ability to design",
      "Reduced time",
      "Improved",
      "Scalable",
    ]);
    expect(stripListNumbers(["5G networks"])).toEqual(["5G networks"]);
    expect(stripListNumbers(["1 team", "3 teams"])).toEqual(["1 team", "3 teams"]);
  });

  it("reads headings with or without their emoji", () => {
    const heading = (text: string) => headingText({ text, line: 1 });
    expect(heading("📦 Deliverables")).toBe("Deliverables");
    expect(heading("📝 Quick Quiz")).toBe("Quick Quiz");
    expect(heading("💡 Pro Tips for ATS Optimization")).toBe("Pro Tips for ATS Optimization");
    expect(heading("📚 Learning Tips:")).toBe("Learning Tips");
    expect(heading("Goals")).toBe("Goals");
  });
});
